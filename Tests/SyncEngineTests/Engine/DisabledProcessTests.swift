import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// A switched-off process does not run, not even once by hand.
@Suite("Disabled processes")
struct DisabledProcessTests {
    @Test("runOnce refuses a disabled process, touches neither system, and runs again once enabled")
    func runOnceRefusesDisabledProcess() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            try harness.engine.setEnabled(.articles, false)
            let vismaReads = pair.visma.requestCount("GET /v2/articles")

            await #expect(throws: EngineError.processDisabled(.articles)) { try await harness.runOnce(.articles) }
            #expect(pair.visma.requestCount("GET /v2/articles") == vismaReads)
            #expect(pair.ongoing.articles().isEmpty)
            #expect(try harness.processState(.articles)?.state == .disabled)

            // Enabling also asks for a cycle at once; runOnce queues behind it on the same lane.
            try harness.engine.setEnabled(.articles, true)
            try await harness.runOnce(.articles)
            #expect(!pair.ongoing.articles().isEmpty)
        }
    }
}
