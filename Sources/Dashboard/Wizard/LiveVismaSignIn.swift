import APITransport
import Foundation
import Synchronization
import SyncEngine
import VismaEAccounting

/// The real Visma sign-in, shared with `ovsync connect visma`: ``VismaSignIn`` with its
/// loopback receiver, tokens held in a memory store until activation saves them.
public final class LiveVismaSignIn: WizardSignIn {
    private let attempt: VismaSignInAttempt
    private let transport: AsyncHTTPClientTransport
    private let result = Mutex<VismaSignInResult?>(nil)

    private init(attempt: VismaSignInAttempt, transport: AsyncHTTPClientTransport) {
        self.attempt = attempt
        self.transport = transport
    }

    /// Starts listening for the redirect on `entry`'s port and prepares the authorisation URL.
    public static func start(_ entry: VismaClientEntry) async throws -> LiveVismaSignIn {
        let transport = AsyncHTTPClientTransport()
        let signIn = VismaSignIn(
            configuration: VismaOAuthConfiguration(identityURL: entry.identityURL, clientID: entry.clientID, clientSecret: entry.clientSecret),
            apiURL: entry.apiURL, transport: transport, tokenStore: VismaMemoryTokenStore())
        do {
            return LiveVismaSignIn(attempt: try await signIn.start(redirectPort: entry.redirectPort), transport: transport)
        } catch {
            await BlockingWork.run { transport.shutdown() }
            throw error
        }
    }

    public var authorizationURL: URL { attempt.authorizationURL }
    public var redirectURI: String { attempt.request.redirectURI }

    public func submit(pastedURL: String) throws(VismaSignInError) {
        try attempt.submit(pastedURL: pastedURL)
    }

    public func cancel() {
        attempt.cancel()
    }

    public func finish(timeout: Duration) async throws -> VismaAccount {
        let outcome: Result<VismaSignInResult, any Error>
        do {
            outcome = .success(try await attempt.finish(timeout: timeout))
        } catch {
            outcome = .failure(error)
        }
        let transport = self.transport
        await BlockingWork.run { transport.shutdown() }
        let signedIn = try outcome.get()
        result.withLock { $0 = signedIn }
        return VismaAccount(companyName: signedIn.companyName, activatedModules: signedIn.activatedModules,
                            stockModuleActive: signedIn.stockModuleActive)
    }

    public func save(in workspace: Workspace, entry: VismaClientEntry) throws {
        guard let signedIn = result.withLock({ $0 }) else { throw WizardActivationError.notSignedIn }
        try workspace.saveVismaConnection(apiURL: entry.apiURL, identityURL: entry.identityURL, clientID: entry.clientID,
                                          clientSecret: entry.clientSecret, redirectPort: entry.redirectPort, result: signedIn)
    }
}
