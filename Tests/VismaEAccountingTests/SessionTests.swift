import APITransport
import Foundation
import Sandbox
import Synchronization
import Testing
import VismaEAccounting

/// A token store that counts saves and can be told to fail.
final class CountingTokenStore: VismaTokenStore {
    private let state = Mutex<(tokens: VismaTokens?, saves: Int)>((nil, 0))

    func load() -> VismaTokens? { state.withLock { $0.tokens } }
    func save(_ tokens: VismaTokens) { state.withLock { $0.tokens = tokens; $0.saves += 1 } }
    var saves: Int { state.withLock { $0.saves } }
}

@Suite(.timeLimit(.minutes(1)))
struct SessionTests {
    @Test func rotatesTheRefreshTokenAndRejectsTheUsedOne() async throws {
        try await VismaHarness.run { harness in
            let first = try await harness.signedIn(store: VismaMemoryTokenStore()).tokens
            let identity = VismaIdentityClient(configuration: harness.configuration, transport: harness.transport)
            let oldRefresh = try #require(first.refreshToken)
            let second = try await blocking { try identity.refresh(oldRefresh) }
            #expect(second.refreshToken != nil)
            #expect(second.refreshToken != first.refreshToken)
            #expect(second.accessToken != first.accessToken)
            let reuse = await #expect(throws: VismaError.self) { try await blocking { try identity.refresh(oldRefresh) } }
            #expect(reuse?.oauthError == "invalid_grant")
            #expect(reuse?.needsReauthorization == true)
        }
    }

    @Test func refreshesProactivelyShortlyBeforeExpiryAndSavesFirst() async throws {
        try await VismaHarness.run { harness in
            let store = CountingTokenStore()
            let signedIn = try await harness.signedIn(store: store).tokens
            let clock = VirtualClock()
            let session = harness.session(store: store, clock: clock)
            #expect(try await blocking { try session.accessToken() } == signedIn.accessToken)
            clock.advance(by: 3600 - 200)
            let refreshed = try await blocking { try session.accessToken() }
            #expect(refreshed != signedIn.accessToken)
            #expect(store.load()?.accessToken == refreshed)
            #expect(store.saves == 2)
        }
    }

    @Test func twoThreadsNeedingARefreshCauseOneTokenRequest() async throws {
        try await VismaHarness.run { harness in
            let (client, store) = try await harness.connectedClient()
            let before = harness.sandbox.requestCount("POST /connect/token")
            harness.sandbox.expireAccessTokens()
            async let one = blocking { try client.companySettings().name }
            async let two = blocking { try client.companySettings().name }
            let names = try await [one, two]
            #expect(names.allSatisfy { $0 == harness.sandbox.options.companyName })
            #expect(harness.sandbox.requestCount("POST /connect/token") == before + 1)
            #expect(store.load()?.refreshToken != nil)
        }
    }

    @Test func retriesOnceAfterA401WithARefreshedToken() async throws {
        try await VismaHarness.run { harness in
            let (client, store) = try await harness.connectedClient()
            let oldAccess = store.load()?.accessToken
            harness.sandbox.expireAccessTokens()
            let settings = try await blocking { try client.companySettings() }
            #expect(settings.name == harness.sandbox.options.companyName)
            #expect(store.load()?.accessToken != oldAccess)
            #expect(harness.sandbox.requestCount("GET /v2/companysettings") == 3)
        }
    }

    @Test func revokedTokensNeedReauthorisation() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            try await blocking { try client.session.revoke() }
            #expect(client.session.needsReauthorization)
            harness.sandbox.expireAccessTokens()
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(failure?.classification == .authentication)
        }
    }

    @Test func aRejectedRefreshMarksTheConnectionAndStopsCalling() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            harness.sandbox.revokeAllTokens()
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(failure?.needsReauthorization == true)
            #expect(client.session.needsReauthorization)
            let calls = harness.sandbox.requestCount("GET /v2/companysettings")
            await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(harness.sandbox.requestCount("GET /v2/companysettings") == calls)
        }
    }

    @Test func aSecond401AfterRefreshNeedsReauthorisation() async throws {
        try await VismaHarness.run({ $0.accessTokenLifetime = 0 }) { harness in
            let store = VismaMemoryTokenStore()
            let signIn = harness.signIn(store: store)
            let attempt = try await signIn.start(redirectPort: 0)
            try await harness.consent(attempt)
            await #expect(throws: VismaError.self) { try await attempt.finish(timeout: .seconds(5)) }
            let client = VismaClient(apiURL: harness.apiURL, session: harness.session(store: store), transport: harness.transport,
                                     pacer: VismaClient.makePacer())
            let before = harness.sandbox.requestCount("GET /v2/companysettings")
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(failure?.needsReauthorization == true)
            #expect(harness.sandbox.requestCount("GET /v2/companysettings") - before <= 2)
            #expect(client.session.needsReauthorization)
        }
    }

    @Test func installingNewTokensClearsReauthorisation() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            client.session.markNeedsReauthorization("test")
            let fresh = try await harness.signedIn(store: VismaMemoryTokenStore()).tokens
            try client.session.replaceTokens(fresh)
            #expect(!client.session.needsReauthorization)
            #expect(try await blocking { try client.companySettings() }.name == harness.sandbox.options.companyName)
        }
    }
}
