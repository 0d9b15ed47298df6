import Foundation

/// One authorisation attempt: the URL the user opens, and the `state` and PKCE verifier that
/// must match when the redirect comes back.
public struct VismaAuthorizationRequest: Sendable {
    /// Limits Visma's company picker to companies that have eAccounting.
    public static let acrValues = "service:44643EB1-3F76-4C1C-A672-402AE8085934"

    /// The URL to open in a browser.
    public let url: URL
    /// The redirect URI registered for the client, sent again with the code exchange.
    public let redirectURI: String
    /// The anti-CSRF value the redirect must echo.
    public let state: String
    /// The PKCE pair; the verifier goes with the code exchange.
    public let pkce: PKCE

    /// Builds the authorisation URL for `configuration` and `redirectURI`.
    public init(configuration: VismaOAuthConfiguration, redirectURI: String,
                state: String = Base64URL.randomToken(byteCount: 24), pkce: PKCE = .random()) {
        self.redirectURI = redirectURI
        self.state = state
        self.pkce = pkce
        let query = FormEncoding.encode([
            ("client_id", configuration.clientID),
            ("redirect_uri", redirectURI),
            ("scope", configuration.scopes.joined(separator: " ")),
            ("response_type", "code"),
            ("state", state),
            ("prompt", "select_account"),
            ("acr_values", Self.acrValues),
            ("code_challenge", pkce.challenge),
            ("code_challenge_method", "S256"),
        ])
        url = URL(string: configuration.endpoint("authorize").absoluteString + "?" + query)!
    }
}
