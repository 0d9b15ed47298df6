import Foundation
import Testing
import VismaEAccounting

struct AuthorizationRequestTests {
    private let configuration = VismaOAuthConfiguration(clientID: "client id", clientSecret: "s3cret")

    private func query(_ url: URL) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
    }

    @Test func carriesEveryParameterVismaRecommends() {
        let request = VismaAuthorizationRequest(configuration: configuration, redirectURI: "http://127.0.0.1:53682/callback",
                                                state: "xyz", pkce: PKCE(verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        #expect(request.url.absoluteString.hasPrefix("https://identity.vismaonline.com/connect/authorize?"))
        let parameters = query(request.url)
        #expect(parameters["client_id"] == "client id")
        #expect(parameters["redirect_uri"] == "http://127.0.0.1:53682/callback")
        #expect(parameters["scope"] == "ea:api offline_access ea:sales")
        #expect(parameters["response_type"] == "code")
        #expect(parameters["state"] == "xyz")
        #expect(parameters["prompt"] == "select_account")
        #expect(parameters["acr_values"] == "service:44643EB1-3F76-4C1C-A672-402AE8085934")
        #expect(parameters["code_challenge"] == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        #expect(parameters["code_challenge_method"] == "S256")
        #expect(!request.url.absoluteString.contains("s3cret"))
    }

    @Test func encodesSpacesInTheScopeAsPercent20() {
        let request = VismaAuthorizationRequest(configuration: configuration, redirectURI: "http://127.0.0.1:1/callback")
        #expect(request.url.absoluteString.contains("scope=ea%3Aapi%20offline_access%20ea%3Asales"))
    }

    @Test func drawsAFreshStateEachTime() {
        let first = VismaAuthorizationRequest(configuration: configuration, redirectURI: "http://127.0.0.1:1/callback")
        let second = VismaAuthorizationRequest(configuration: configuration, redirectURI: "http://127.0.0.1:1/callback")
        #expect(first.state != second.state)
        #expect(first.state.count >= 32)
    }

    @Test func configurationDescriptionHidesTheSecret() {
        #expect(!configuration.description.contains("s3cret"))
        let tokens = VismaTokens(accessToken: "access-abc", refreshToken: "refresh-def", expiresAt: Date())
        #expect(!tokens.description.contains("access-abc"))
        #expect(!tokens.description.contains("refresh-def"))
    }
}

struct RedirectParsingTests {
    @Test func readsTheCodeFromAPastedRedirect() throws {
        let code = try VismaRedirect.code(fromPastedURL: "  http://127.0.0.1:53682/callback?code=abc%2B1&scope=ea%3Aapi&state=s1 \n", expectedState: "s1")
        #expect(code == "abc+1")
    }

    @Test func refusesARedirectWithAnotherState() {
        #expect(throws: VismaSignInError.stateMismatch) {
            try VismaRedirect.code(fromPastedURL: "http://127.0.0.1:1/callback?code=abc&state=other", expectedState: "s1")
        }
    }

    @Test func reportsDeniedConsent() {
        #expect(throws: VismaSignInError.accessDenied("no")) {
            try VismaRedirect.code(fromPastedURL: "http://127.0.0.1:1/callback?error=access_denied&error_description=no&state=s1", expectedState: "s1")
        }
    }

    @Test func rejectsTextThatIsNoRedirect() {
        #expect(throws: VismaSignInError.notARedirect) { try VismaRedirect.code(fromPastedURL: "hello", expectedState: "s1") }
        #expect(throws: VismaSignInError.notARedirect) { try VismaRedirect.code(fromPastedURL: "http://127.0.0.1:1/callback?state=s1", expectedState: "s1") }
    }
}

struct BrowserPolicyTests {
    @Test func opensWithADisplayOutsideSSH() {
        #expect(VismaBrowser.shouldOpen(environment: ["DISPLAY": ":0"], disabled: false))
        #expect(VismaBrowser.shouldOpen(environment: ["WAYLAND_DISPLAY": "wayland-0"], disabled: false))
    }

    @Test func staysClosedWithoutADisplay() {
        #expect(!VismaBrowser.shouldOpen(environment: [:], disabled: false))
        #expect(!VismaBrowser.shouldOpen(environment: ["DISPLAY": ""], disabled: false))
    }

    @Test func staysClosedOverSSH() {
        #expect(!VismaBrowser.shouldOpen(environment: ["DISPLAY": ":0", "SSH_CONNECTION": "10.0.0.1 5000 10.0.0.2 22"], disabled: false))
        #expect(!VismaBrowser.shouldOpen(environment: ["DISPLAY": ":0", "SSH_TTY": "/dev/pts/1"], disabled: false))
    }

    @Test func staysClosedWhenDisabled() {
        #expect(!VismaBrowser.shouldOpen(environment: ["DISPLAY": ":0"], disabled: true))
    }
}
