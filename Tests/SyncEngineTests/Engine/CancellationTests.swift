import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Orders deleted in Visma are cancelled in Ongoing only before picking starts.
@Suite("Cancellation of orders deleted in Visma")
struct CancellationTests {
    @Test("an order deleted in Visma before picking is cancelled in Ongoing")
    func deletedBeforePickingIsCancelled() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let kept = try pair.createOrder([(pair.goodsNumbers[1], 1)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            #expect(pair.visma.cancelOrder(number: number))
            // Deletions are found by the periodic reconciliation of open orders.
            clock.advance(by: 11 * 60)
            try await harness.runUntilQuiet([.orders])

            #expect(pair.ongoingOrder(number)?.status == 1000)
            #expect(pair.ongoingOrder(kept)?.status == 200)
            #expect(try harness.orderLink(number)?.stage == .cancelled)
            #expect(pair.ongoing.requestCount("DELETE", "/orders/{id}") == 1)
        }
    }

    @Test("an order deleted in Visma after picking started is not cancelled, and the problem is recorded")
    func deletedAfterPickingIsNotCancelled() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])
            pair.ongoing.advance(orderNumber: String(number), to: 300)

            #expect(pair.visma.cancelOrder(number: number))
            clock.advance(by: 11 * 60)
            try await harness.runUntilQuiet([.orders])

            #expect(pair.ongoingOrder(number)?.status == 300)
            #expect(pair.ongoing.requestCount("DELETE", "/orders/{id}") == 0)
            let link = try #require(try harness.orderLink(number))
            #expect(link.stage == .changedAfterPicking)
            #expect(link.problem?.contains("deleted in Visma") == true)
            #expect(link.problem?.contains("not cancelled") == true)
        }
    }
}
