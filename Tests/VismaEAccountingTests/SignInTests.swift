import APITransport
import Foundation
import Sandbox
import Testing
import VismaEAccounting

@Suite(.timeLimit(.minutes(1)))
struct SignInTests {
    @Test func signsInThroughTheLoopbackReceiverAndVerifiesTheCompany() async throws {
        try await VismaHarness.run { harness in
            let store = VismaMemoryTokenStore()
            let attempt = try await harness.signIn(store: store).start(redirectPort: 0)
            let page = try await harness.consent(attempt)
            #expect(page.status == 200)
            #expect(page.text.contains("Signed in to Visma"))
            let result = try await attempt.finish(timeout: .seconds(10))
            #expect(result.companyName == harness.sandbox.options.companyName)
            #expect(result.stockModuleActive == false)
            #expect(result.activatedModules.contains("api_standard"))
            #expect(store.load() == result.tokens)
            #expect(result.tokens.refreshToken != nil)
            #expect(harness.sandbox.requestCount("GET /v2/companysettings") == 1)
        }
    }

    @Test func consentsAutomaticallyAgainstTheSandbox() async throws {
        try await VismaHarness.run { harness in
            let store = VismaMemoryTokenStore()
            let result = try await harness.signIn(store: store).start(redirectPort: 0).consentAutomatically(transport: harness.transport)
            #expect(result.companyName == harness.sandbox.options.companyName)
            #expect(store.load() == result.tokens)
        }
    }

    @Test func reportsTheStockModuleOfTheChosenCompany() async throws {
        try await VismaHarness.run({ $0.stockModuleActive = true }) { harness in
            let result = try await harness.signedIn(store: VismaMemoryTokenStore())
            #expect(result.stockModuleActive)
        }
    }

    @Test func rejectsARedirectWithTheWrongState() async throws {
        try await VismaHarness.run { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            var forged = URLComponents(url: URL(string: attempt.request.redirectURI)!, resolvingAgainstBaseURL: false)!
            forged.queryItems = [URLQueryItem(name: "code", value: "stolen"), URLQueryItem(name: "state", value: "not-ours")]
            let page = try await harness.get(forged.url!)
            #expect(page.status == 400)
            await #expect(throws: VismaSignInError.stateMismatch) { try await attempt.finish(timeout: .seconds(5)) }
            #expect(harness.sandbox.requestCount("POST /connect/token") == 0)
        }
    }

    @Test func reportsDeniedConsent() async throws {
        try await VismaHarness.run({ $0.denyConsent = true }) { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            let page = try await harness.consent(attempt)
            #expect(page.text.contains("denied"))
            await #expect(throws: VismaSignInError.accessDenied("The user denied access")) { try await attempt.finish(timeout: .seconds(5)) }
        }
    }

    @Test func acceptsAPastedRedirectURL() async throws {
        try await VismaHarness.run { harness in
            let store = VismaMemoryTokenStore()
            let attempt = try await harness.signIn(store: store).start(redirectPort: 0)
            let authorize = try await harness.get(attempt.authorizationURL)
            #expect(throws: VismaSignInError.notARedirect) { try attempt.submit(pastedURL: "I clicked allow") }
            try attempt.submit(pastedURL: try #require(authorize.header("Location")))
            let result = try await attempt.finish(timeout: .seconds(5))
            #expect(store.load() == result.tokens)
        }
    }

    @Test func namesTheProblemWhenTheRedirectPortIsTaken() async throws {
        try await VismaHarness.run { harness in
            let first = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            let port = try #require(URLComponents(string: first.request.redirectURI)?.port)
            await #expect {
                try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: port)
            } throws: { error in
                guard case VismaSignInError.receiverUnavailable(let reason) = error else { return false }
                return reason.contains("127.0.0.1:\(port)")
            }
            first.cancel()
            _ = try? await first.finish(timeout: .seconds(1))
        }
    }

    @Test func givesUpWhenNoRedirectArrives() async throws {
        try await VismaHarness.run { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            await #expect(throws: VismaSignInError.timedOut) { try await attempt.finish(timeout: .milliseconds(200)) }
        }
    }

    @Test func stopsWaitingWhenCancelled() async throws {
        try await VismaHarness.run { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            let waiting = Task { try await attempt.finish(timeout: .seconds(30)) }
            waiting.cancel()
            await #expect(throws: VismaSignInError.cancelled) { try await waiting.value }
        }
    }

    @Test func refusesToRedeemACodeTwice() async throws {
        try await VismaHarness.run { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            let authorize = try await harness.get(attempt.authorizationURL)
            let code = try VismaRedirect.code(fromPastedURL: try #require(authorize.header("Location")), expectedState: attempt.request.state)
            attempt.cancel()
            _ = try? await attempt.finish(timeout: .seconds(1))
            let identity = VismaIdentityClient(configuration: harness.configuration, transport: harness.transport)
            let redirectURI = attempt.request.redirectURI
            let verifier = attempt.request.pkce.verifier
            _ = try await blocking { try identity.exchange(code: code, redirectURI: redirectURI, codeVerifier: verifier) }
            let second = await #expect(throws: VismaError.self) {
                try await blocking { try identity.exchange(code: code, redirectURI: redirectURI, codeVerifier: verifier) }
            }
            #expect(second?.oauthError == "invalid_grant")
            #expect(second?.classification == .authentication)
        }
    }

    @Test func refusesACodeWithoutItsPKCEVerifier() async throws {
        try await VismaHarness.run { harness in
            let attempt = try await harness.signIn(store: VismaMemoryTokenStore()).start(redirectPort: 0)
            let authorize = try await harness.get(attempt.authorizationURL)
            let code = try VismaRedirect.code(fromPastedURL: try #require(authorize.header("Location")), expectedState: attempt.request.state)
            attempt.cancel()
            _ = try? await attempt.finish(timeout: .seconds(1))
            let identity = VismaIdentityClient(configuration: harness.configuration, transport: harness.transport)
            let redirectURI = attempt.request.redirectURI
            let failure = await #expect(throws: VismaError.self) {
                try await blocking { try identity.exchange(code: code, redirectURI: redirectURI, codeVerifier: PKCE.random().verifier) }
            }
            #expect(failure?.oauthError == "invalid_grant")
        }
    }

    @Test func reportsAWrongClientSecret() async throws {
        try await VismaHarness.run { harness in
            var configuration = harness.configuration
            configuration.clientSecret = "wrong"
            let identity = VismaIdentityClient(configuration: configuration, transport: harness.transport)
            let failure = await #expect(throws: VismaError.self) { try await blocking { try identity.refresh("anything") } }
            #expect(failure?.oauthError == "invalid_client")
            #expect(failure?.needsReauthorization == true)
            #expect(failure.map { !$0.message.contains("wrong") } == true)
        }
    }
}
