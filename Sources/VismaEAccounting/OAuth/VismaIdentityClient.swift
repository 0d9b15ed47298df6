import APITransport
import Foundation

/// The identity server's token endpoints: code exchange, refresh and revocation.
/// Form-encoded bodies with HTTP Basic client authentication, as Visma requires.
public struct VismaIdentityClient: Sendable {
    /// The registered client.
    public let configuration: VismaOAuthConfiguration
    private let transport: any HTTPTransport
    private let clock: any PacingClock
    private let timeout: Duration

    /// Creates an identity client.
    public init(configuration: VismaOAuthConfiguration, transport: any HTTPTransport,
                clock: any PacingClock = SystemPacingClock(), timeout: Duration = .seconds(30)) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
    }

    /// Exchanges an authorisation code for tokens (`grant_type=authorization_code`).
    public func exchange(code: String, redirectURI: String, codeVerifier: String?) throws -> VismaTokens {
        var fields = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI)]
        if let codeVerifier { fields.append(("code_verifier", codeVerifier)) }
        return try requestTokens(fields, previousRefreshToken: nil)
    }

    /// Trades a refresh token for a new pair (`grant_type=refresh_token`). A response without a
    /// refresh token (a non-rotating client) keeps the old one.
    public func refresh(_ refreshToken: String) throws -> VismaTokens {
        try requestTokens([("grant_type", "refresh_token"), ("refresh_token", refreshToken)], previousRefreshToken: refreshToken)
    }

    /// Revokes a refresh token (`POST /connect/revocation`), on disconnect.
    public func revoke(refreshToken: String) throws {
        let response = try post("revocation", [("token", refreshToken), ("token_type_hint", "refresh_token")])
        guard response.isSuccess else { throw identityError(response) }
    }

    private func requestTokens(_ fields: [(String, String)], previousRefreshToken: String?) throws -> VismaTokens {
        let requestedAt = clock.now()
        let response = try post("token", fields)
        guard response.isSuccess else { throw identityError(response) }
        guard let object = try? JSONDecoder().decode(JSONObject.self, from: response.body),
              let accessToken = object.string("access_token"), !accessToken.isEmpty else {
            throw VismaError(classification: .transient, message: "Visma's token endpoint sent an unreadable answer",
                             status: response.status, endpoint: "POST /connect/token")
        }
        let lifetime = object.decimal("expires_in").map { NSDecimalNumber(decimal: $0).doubleValue } ?? 3600
        return VismaTokens(accessToken: accessToken,
                           refreshToken: object.string("refresh_token") ?? previousRefreshToken,
                           expiresAt: requestedAt.addingTimeInterval(lifetime))
    }

    private func post(_ endpoint: String, _ fields: [(String, String)]) throws -> HTTPResponse {
        let credentials = Data("\(FormEncoding.escape(configuration.clientID)):\(FormEncoding.escape(configuration.clientSecret))".utf8).base64EncodedString()
        let request = HTTPRequest(
            method: "POST",
            url: configuration.endpoint(endpoint),
            headers: [
                ("Authorization", "Basic \(credentials)"),
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Accept", "application/json"),
            ],
            body: Data(FormEncoding.encode(fields).utf8)
        )
        do {
            return try transport.send(request, timeout: timeout)
        } catch let error as TransportError {
            throw VismaError(classification: .transient, message: "Visma's identity server could not be reached: \(error)",
                             endpoint: "POST /connect/\(endpoint)")
        }
    }

    /// Maps an OAuth error answer: a rejected grant or client means signing in again.
    private func identityError(_ response: HTTPResponse) -> VismaError {
        let object = try? JSONDecoder().decode(JSONObject.self, from: response.body)
        let code = object?.string("error")
        let detail = object?.string("error_description").map { " (\($0))" } ?? ""
        switch (response.status, code) {
        case (_, "invalid_grant"):
            return .needsReauthorization("the identity server rejected the grant — the code or refresh token is expired, used or revoked\(detail)",
                                         status: response.status, oauthError: code)
        case (_, "invalid_client"), (_, "unauthorized_client"), (401, _):
            return .needsReauthorization("the identity server rejected the client id or secret\(detail)", status: response.status, oauthError: code ?? "invalid_client")
        case (500..., _), (429, _):
            return VismaError(classification: .transient, message: "Visma's identity server answered HTTP \(response.status)",
                              status: response.status, oauthError: code)
        default:
            return VismaError(classification: .permanent,
                              message: "Visma's identity server refused the request: \(code ?? "HTTP \(response.status)")\(detail)",
                              status: response.status, oauthError: code)
        }
    }
}
