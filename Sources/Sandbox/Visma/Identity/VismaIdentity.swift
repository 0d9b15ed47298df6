import Foundation
import Synchronization

/// The sandbox's identity server state: registered client, authorisation codes, access and
/// refresh tokens. Behaves like Visma's IdentityServer: codes are single-use, valid five
/// minutes and bound to client, redirect URI and PKCE challenge; refresh tokens rotate and a
/// used one is rejected with `invalid_grant`.
final class VismaIdentity: Sendable {
    /// How long an authorisation code can be redeemed.
    static let codeLifetime: TimeInterval = 300

    private let clientID: String
    private let clientSecret: String
    private let registeredRedirectURIs: Set<String>
    private let now: @Sendable () -> Date
    private let state: Mutex<State>

    private struct State {
        var accessTokenLifetime: TimeInterval
        var rotateRefreshTokens: Bool
        var denyConsent: Bool
        var codes: [String: IssuedCode] = [:]
        var accessTokens: [String: (clientID: String, expiresAt: Date)] = [:]
        var refreshTokens: [String: RefreshGrant] = [:]
    }

    private struct IssuedCode {
        var clientID: String
        var redirectURI: String
        var challenge: String?
        var challengeMethod: String
        var scope: String
        var issuedAt: Date
        var redeemed = false
    }

    private struct RefreshGrant {
        var clientID: String
        var scope: String
        var usable = true
    }

    /// An OAuth error (`error`, `error_description`) to answer with.
    struct OAuthFailure: Error, Equatable {
        var error: String
        var description: String
    }

    init(options: VismaSandbox.Options, now: @escaping @Sendable () -> Date) {
        clientID = options.clientID
        clientSecret = options.clientSecret
        registeredRedirectURIs = Set(options.redirectURIs)
        self.now = now
        state = Mutex(State(accessTokenLifetime: options.accessTokenLifetime, rotateRefreshTokens: options.rotateRefreshTokens,
                            denyConsent: options.denyConsent))
    }

    /// Whether the consent page answers "deny".
    var denyConsent: Bool {
        get { state.withLock { $0.denyConsent } }
        set { state.withLock { $0.denyConsent = newValue } }
    }

    /// The lifetime of access tokens issued from now on.
    var accessTokenLifetime: TimeInterval {
        get { state.withLock { $0.accessTokenLifetime } }
        set { state.withLock { $0.accessTokenLifetime = newValue } }
    }

    /// Whether `clientID` is the registered client.
    func isRegistered(clientID candidate: String) -> Bool { candidate == clientID }

    /// Whether `uri` may receive redirects: a registered URI or any loopback `/callback`.
    func acceptsRedirect(_ uri: String) -> Bool {
        if registeredRedirectURIs.contains(uri) { return true }
        guard let components = URLComponents(string: uri), components.scheme == "http",
              components.host == "127.0.0.1", components.port != nil, components.path == "/callback",
              components.query == nil, components.fragment == nil else { return false }
        return true
    }

    /// Checks HTTP Basic client credentials (`Authorization: Basic base64(id:secret)`, each
    /// part form-encoded as RFC 6749 §2.3.1 asks).
    func authenticatesClient(authorization: String?) -> Bool {
        guard let authorization, authorization.lowercased().hasPrefix("basic "),
              let decoded = Data(base64Encoded: String(authorization.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return false }
        let id = String(text[..<colon]).removingPercentEncoding ?? ""
        let secret = String(text[text.index(after: colon)...]).removingPercentEncoding ?? ""
        return id == clientID && secret == clientSecret
    }

    /// Issues an authorisation code for a consented request.
    func issueCode(clientID: String, redirectURI: String, challenge: String?, challengeMethod: String, scope: String) -> String {
        state.withLock { state in
            let code = Self.token()
            state.codes[code] = IssuedCode(clientID: clientID, redirectURI: redirectURI, challenge: challenge,
                                           challengeMethod: challengeMethod, scope: scope, issuedAt: now())
            return code
        }
    }

    /// Redeems a code (`grant_type=authorization_code`); the code is spent on first redemption.
    func redeem(code: String, redirectURI: String?, verifier: String?) throws(OAuthFailure) -> [String: VismaJSON] {
        try state.withLock { state throws(OAuthFailure) -> [String: VismaJSON] in
            guard var issued = state.codes[code], !issued.redeemed else {
                throw OAuthFailure(error: "invalid_grant", description: "Invalid authorization code")
            }
            issued.redeemed = true
            state.codes[code] = issued
            guard now().timeIntervalSince(issued.issuedAt) <= Self.codeLifetime else {
                throw OAuthFailure(error: "invalid_grant", description: "Authorization code has expired")
            }
            guard issued.clientID == clientID else { throw OAuthFailure(error: "invalid_grant", description: "Client is not the code's client") }
            guard redirectURI == issued.redirectURI else { throw OAuthFailure(error: "invalid_grant", description: "Invalid redirect_uri") }
            if let challenge = issued.challenge {
                guard let verifier, (43...128).contains(verifier.count) else {
                    throw OAuthFailure(error: "invalid_grant", description: "code_verifier missing or malformed")
                }
                let computed = issued.challengeMethod == "plain" ? verifier : Self.base64URL(VismaSandboxSHA256.hash(Array(verifier.utf8)))
                guard computed == challenge else { throw OAuthFailure(error: "invalid_grant", description: "Transformed code verifier does not match code challenge") }
            }
            return Self.issueTokens(&state, clientID: clientID, scope: issued.scope, now: now())
        }
    }

    /// Trades a refresh token (`grant_type=refresh_token`); with rotation on, the old one dies.
    func refresh(_ token: String) throws(OAuthFailure) -> [String: VismaJSON] {
        try state.withLock { state throws(OAuthFailure) -> [String: VismaJSON] in
            guard let grant = state.refreshTokens[token], grant.usable, grant.clientID == clientID else {
                throw OAuthFailure(error: "invalid_grant", description: "Invalid refresh token")
            }
            if state.rotateRefreshTokens { state.refreshTokens[token]?.usable = false }
            return Self.issueTokens(&state, clientID: clientID, scope: grant.scope, now: now(),
                                    keepingRefreshToken: state.rotateRefreshTokens ? nil : token)
        }
    }

    /// Revokes a refresh or access token (RFC 7009); unknown tokens are ignored.
    func revoke(_ token: String) {
        state.withLock { state in
            state.refreshTokens[token]?.usable = false
            state.accessTokens[token] = nil
        }
    }

    /// The client an access token was issued to, while it is valid.
    func client(forAccessToken token: String) -> String? {
        state.withLock { state in
            guard let issued = state.accessTokens[token], issued.expiresAt > now() else { return nil }
            return issued.clientID
        }
    }

    /// Makes every issued access token expired (as if an hour passed).
    func expireAccessTokens() {
        state.withLock { state in
            for key in state.accessTokens.keys { state.accessTokens[key]?.expiresAt = .distantPast }
        }
    }

    /// Invalidates every token (as a password change does at Visma).
    func revokeAll() {
        state.withLock { state in
            state.accessTokens.removeAll()
            for key in state.refreshTokens.keys { state.refreshTokens[key]?.usable = false }
        }
    }

    /// Ages every outstanding code by `seconds` (to test their five-minute validity).
    func ageCodes(by seconds: TimeInterval) {
        state.withLock { state in
            for key in state.codes.keys { state.codes[key]?.issuedAt.addTimeInterval(-seconds) }
        }
    }

    /// A new access token, and a new refresh token unless `keepingRefreshToken` (a reusable one) is given.
    private static func issueTokens(_ state: inout State, clientID: String, scope: String, now: Date,
                                    keepingRefreshToken: String? = nil) -> [String: VismaJSON] {
        let access = token()
        state.accessTokens[access] = (clientID, now.addingTimeInterval(state.accessTokenLifetime))
        var response: [String: VismaJSON] = [
            "access_token": .string(access),
            "expires_in": .number(Decimal(Int(state.accessTokenLifetime))),
            "token_type": .string("Bearer"),
            "scope": .string(scope),
        ]
        if let keepingRefreshToken {
            response["refresh_token"] = .string(keepingRefreshToken)
        } else if scope.split(separator: " ").contains("offline_access") {
            let refresh = token()
            state.refreshTokens[refresh] = RefreshGrant(clientID: clientID, scope: scope)
            response["refresh_token"] = .string(refresh)
        }
        return response
    }

    /// A fresh opaque token; random (not seeded), so no two sandbox runs share tokens.
    private static func token() -> String {
        var random = SystemRandomNumberGenerator()
        return base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) })
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
