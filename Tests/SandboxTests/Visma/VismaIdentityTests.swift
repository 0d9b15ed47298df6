import Foundation
import Sandbox
import Testing

@Suite(.timeLimit(.minutes(1)))
struct VismaIdentityTests {
    @Test func authorizeAutoConsentsWithARedirectCarryingCodeAndState() async throws {
        try await VismaSandboxHarness.run { harness in
            let answer = try await harness.http.send("GET", "\(harness.base)/connect/authorize?client_id=\(VismaSandbox.defaultClientID)&redirect_uri=http%3A%2F%2F127.0.0.1%3A40000%2Fcallback&scope=ea%3Aapi%20offline_access%20ea%3Asales&response_type=code&state=abc%20def&prompt=select_account")
            #expect(answer.status == 302)
            let location = try #require(answer.header("Location").flatMap(URLComponents.init(string:)))
            #expect(location.host == "127.0.0.1" && location.port == 40000 && location.path == "/callback")
            #expect(location.queryItems?.first { $0.name == "state" }?.value == "abc def")
            #expect(location.queryItems?.first { $0.name == "code" }?.value?.isEmpty == false)
        }
    }

    @Test func authorizeRefusesUnknownClientsAndRedirects() async throws {
        try await VismaSandboxHarness.run { harness in
            let unknownClient = try await harness.http.send("GET", "\(harness.base)/connect/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcallback&scope=ea%3Aapi&response_type=code")
            #expect(unknownClient.status == 400)
            let foreignRedirect = try await harness.http.send("GET", "\(harness.base)/connect/authorize?client_id=\(VismaSandbox.defaultClientID)&redirect_uri=https%3A%2F%2Fevil.example%2Fcallback&scope=ea%3Aapi&response_type=code")
            #expect(foreignRedirect.status == 400)
            #expect(foreignRedirect.header("Location") == nil)
        }
    }

    @Test func deniedConsentRedirectsWithAccessDenied() async throws {
        try await VismaSandboxHarness.run({ $0.denyConsent = true }) { harness in
            let answer = try await harness.http.send("GET", "\(harness.base)/connect/authorize?client_id=\(VismaSandbox.defaultClientID)&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcallback&scope=ea%3Aapi&response_type=code&state=s9")
            let items = URLComponents(string: answer.header("Location") ?? "")?.queryItems ?? []
            #expect(items.first { $0.name == "error" }?.value == "access_denied")
            #expect(items.first { $0.name == "state" }?.value == "s9")
            #expect(!items.contains { $0.name == "code" })
        }
    }

    @Test func tokenEndpointIssuesBearerTokensWithTheConfiguredLifetime() async throws {
        try await VismaSandboxHarness.run({ $0.accessTokenLifetime = 120 }) { harness in
            let tokens = try await harness.tokens()
            #expect(tokens["token_type"] as? String == "Bearer")
            #expect(tokens["expires_in"] as? Int == 120)
            #expect((tokens["access_token"] as? String)?.isEmpty == false)
            #expect((tokens["refresh_token"] as? String)?.isEmpty == false)
        }
    }

    @Test func tokenEndpointRejectsJSONBodies() async throws {
        try await VismaSandboxHarness.run { harness in
            let code = try #require(try await harness.authorizationCode())
            let json = try JSONSerialization.data(withJSONObject: ["grant_type": "authorization_code", "code": code, "redirect_uri": harness.redirectURI])
            let basic = Data("\(VismaSandbox.defaultClientID):\(VismaSandbox.defaultClientSecret)".utf8).base64EncodedString()
            let answer = try await harness.http.send("POST", "\(harness.base)/connect/token",
                                                      headers: ["Content-Type": "application/json", "Authorization": "Basic \(basic)"], body: json)
            #expect(answer.status == 400)
            #expect(answer.json?["error"] as? String == "invalid_request")
        }
    }

    @Test func tokenEndpointRequiresBasicClientAuthentication() async throws {
        try await VismaSandboxHarness.run { harness in
            let code = try #require(try await harness.authorizationCode())
            let answer = try await harness.http.postForm("\(harness.base)/connect/token", [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", harness.redirectURI)],
                                                         clientID: VismaSandbox.defaultClientID, secret: "wrong")
            #expect(answer.status == 400)
            #expect(answer.json?["error"] as? String == "invalid_client")
        }
    }

    @Test func codesAreSingleUse() async throws {
        try await VismaSandboxHarness.run { harness in
            let code = try #require(try await harness.authorizationCode())
            let fields = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", harness.redirectURI)]
            #expect(try await harness.token(fields).status == 200)
            let reuse = try await harness.token(fields)
            #expect(reuse.status == 400)
            #expect(reuse.json?["error"] as? String == "invalid_grant")
        }
    }

    @Test func codesExpireAfterFiveMinutes() async throws {
        try await VismaSandboxHarness.run { harness in
            let code = try #require(try await harness.authorizationCode())
            harness.sandbox.ageAuthorizationCodes(by: 301)
            let answer = try await harness.token([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", harness.redirectURI)])
            #expect(answer.json?["error"] as? String == "invalid_grant")
        }
    }

    @Test func codesAreBoundToTheRedirectURI() async throws {
        try await VismaSandboxHarness.run { harness in
            let code = try #require(try await harness.authorizationCode())
            let answer = try await harness.token([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", "http://127.0.0.1:1/callback")])
            #expect(answer.json?["error"] as? String == "invalid_grant")
        }
    }

    @Test func codesAreBoundToThePKCEVerifier() async throws {
        try await VismaSandboxHarness.run { harness in
            let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
            let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
            let first = try #require(try await harness.authorizationCode(challenge: challenge))
            let wrong = try await harness.token([("grant_type", "authorization_code"), ("code", first), ("redirect_uri", harness.redirectURI),
                                                 ("code_verifier", String(repeating: "a", count: 43))])
            #expect(wrong.json?["error"] as? String == "invalid_grant")
            let second = try #require(try await harness.authorizationCode(challenge: challenge))
            let right = try await harness.token([("grant_type", "authorization_code"), ("code", second), ("redirect_uri", harness.redirectURI),
                                                 ("code_verifier", verifier)])
            #expect(right.status == 200)
        }
    }

    @Test func refreshTokensRotateAndAUsedOneIsRejected() async throws {
        try await VismaSandboxHarness.run { harness in
            let first = try #require(try await harness.tokens()["refresh_token"] as? String)
            let rotated = try await harness.token([("grant_type", "refresh_token"), ("refresh_token", first)])
            #expect(rotated.status == 200)
            let second = try #require(rotated.json?["refresh_token"] as? String)
            #expect(second != first)
            let reuse = try await harness.token([("grant_type", "refresh_token"), ("refresh_token", first)])
            #expect(reuse.json?["error"] as? String == "invalid_grant")
            #expect(try await harness.token([("grant_type", "refresh_token"), ("refresh_token", second)]).status == 200)
        }
    }

    @Test func revokedRefreshTokensStopWorking() async throws {
        try await VismaSandboxHarness.run { harness in
            let refresh = try #require(try await harness.tokens()["refresh_token"] as? String)
            let revoked = try await harness.http.postForm("\(harness.base)/connect/revocation", [("token", refresh), ("token_type_hint", "refresh_token")],
                                                          clientID: VismaSandbox.defaultClientID, secret: VismaSandbox.defaultClientSecret)
            #expect(revoked.status == 200)
            #expect(revoked.body.isEmpty)
            let answer = try await harness.token([("grant_type", "refresh_token"), ("refresh_token", refresh)])
            #expect(answer.json?["error"] as? String == "invalid_grant")
        }
    }

    @Test func expiredAccessTokensGetVismas401() async throws {
        try await VismaSandboxHarness.run { harness in
            let access = try #require(try await harness.tokens()["access_token"] as? String)
            harness.sandbox.expireAccessTokens()
            let answer = try await harness.api("GET", "/v2/companysettings", token: access)
            #expect(answer.status == 401)
            #expect(answer.json?["ErrorCode"] as? Int == 4005)
            #expect(answer.json?["DeveloperErrorMessage"] as? String == "AuthorizationException - Authorization has been denied for this request.")
            let missing = try await harness.http.send("GET", "\(harness.base)/v2/articles")
            #expect(missing.status == 401)
        }
    }
}

@Suite(.timeLimit(.minutes(1)))
struct VismaReusableRefreshTokenTests {
    @Test func nonRotatingClientsKeepTheirRefreshToken() async throws {
        try await VismaSandboxHarness.run({ $0.rotateRefreshTokens = false }) { harness in
            let refresh = try #require(try await harness.tokens()["refresh_token"] as? String)
            for _ in 0..<2 {
                let answer = try await harness.token([("grant_type", "refresh_token"), ("refresh_token", refresh)])
                #expect(answer.json?["refresh_token"] as? String == refresh)
            }
        }
    }
}
