import APITransport
import Foundation

extension VismaSignInAttempt {
    /// Completes the sign-in against an identity server that consents without a person (the
    /// sandbox, for the demo and benchmarks): requests the authorisation URL, follows its
    /// redirect to the loopback receiver, then finishes as usual.
    public func consentAutomatically(transport: any HTTPTransport, timeout: Duration = .seconds(15)) async throws -> VismaSignInResult {
        let authorizationURL = self.authorizationURL
        let consent = try await offloaded { try transport.send(HTTPRequest(method: "GET", url: authorizationURL), timeout: timeout) }
        guard (300..<400).contains(consent.status), let location = consent.header("Location"), let redirect = URL(string: location) else {
            cancel()
            throw VismaSignInError.authorizationFailed(error: "no_redirect", description: "the identity server answered \(consent.status) instead of redirecting")
        }
        _ = try await offloaded { try transport.send(HTTPRequest(method: "GET", url: redirect), timeout: timeout) }
        return try await finish(timeout: timeout)
    }
}
