import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// When Visma refuses the tokens for good, the connection needs a new sign-in and its
/// processes pause instead of hammering the identity server.
@Suite("Re-authorisation")
struct ReauthorizationTests {
    @Test("revoked tokens mark the connection as needing re-authorisation and pause every process")
    func revokedTokensPauseTheConnection() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            _ = try await harness.runOnce(.articles)
            pair.visma.revokeAllTokens()
            pair.visma.expireAccessTokens()

            await #expect(throws: SyncFailure.self) { try await harness.runOnce(.orders) }

            let status = try harness.status()
            #expect(status.visma.needsReauthorization)
            #expect(try harness.processState(.orders)?.state == .needsReauthorization)
            let tokenRequests = pair.visma.requestCount("POST /connect/token")
            await #expect(throws: EngineError.needsReauthorization) { try await harness.runOnce(.stock) }
            #expect(try harness.processState(.stock)?.state == .needsReauthorization)
            #expect(pair.visma.requestCount("POST /connect/token") == tokenRequests, "a paused connection asks Visma nothing")
        }
    }
}
