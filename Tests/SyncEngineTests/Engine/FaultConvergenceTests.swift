import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Under injected faults the engine ends where it ends without them.
@Suite("Faults converge to the fault-free result")
struct FaultConvergenceTests {
    /// What both systems hold at the end, without timestamps or generated ids.
    struct EndState: Equatable, CustomStringConvertible {
        var ongoingOrders: [String: String] = [:]
        var ongoingArticles: [String: String] = [:]
        var vismaOrders: [Int: String] = [:]
        var vismaStock: [String: Decimal] = [:]
        var ongoingOrderCount = 0
        var parked: [String] = []

        var description: String {
            "ongoing orders \(ongoingOrders.sorted { $0.key < $1.key }), articles \(ongoingArticles.count), visma orders \(vismaOrders.sorted { $0.key < $1.key }), stock \(vismaStock.sorted { $0.key < $1.key }), parked \(parked)"
        }

        init(_ pair: SandboxPair, parked: [ParkedItem]) {
            for order in pair.ongoing.orders() {
                ongoingOrders[order.orderNumber] = "\(order.status): " + order.lines.map { "\($0.rowNumber) \($0.articleNumber) \($0.ordered)/\($0.picked)/\($0.reported.map { "\($0)" } ?? "-")" }.joined(separator: ", ")
            }
            ongoingOrderCount = pair.ongoing.orders().count
            for article in pair.ongoing.articles() {
                ongoingArticles[article.articleNumber] = "\(article.name) \(article.numberOfItems) \(article.sellableNumberOfItems)"
            }
            for order in pair.visma.orders() {
                vismaOrders[order.number] = "\(order.status): " + order.rows.map { "\($0.lineNumber) \($0.deliveredQuantity)" }.joined(separator: ", ")
            }
            for article in pair.visma.articles() { vismaStock[article.number] = article.stockBalance }
            self.parked = parked.map { "\($0.process.rawValue) \($0.key)" }.sorted()
        }
    }

    /// Orders in Visma → sync → the warehouse ships some → sync; with `faults` on both APIs
    /// during both syncs. Virtual time moves 11 minutes between rounds, so backoffs, wait
    /// hints and breaker cooldowns pass without waiting.
    private func syncWorld(faults: FaultPlan) async throws -> (EndState, rounds: Int) {
        let clock = EngineTestClock()
        return try await SandboxPair.with(visma: { $0.accessTokenLifetime = 30 * 86_400 }, clock: clock) { pair in
            let goods = pair.goodsNumbers
            for index in 0..<6 {
                try pair.createOrder([(goods[index], Decimal(index + 1)), (goods[index + 1], 2)])
            }
            let harness = try pair.makeHarness()
            pair.visma.faults.plan = faults
            pair.ongoing.faults.plan = faults
            let advance: @Sendable () async throws -> Void = { clock.advance(by: 11 * 60) }
            var rounds = try await harness.runUntilQuiet(maxRounds: 60, between: advance)
            for number in pair.ongoing.orders().prefix(4).map(\.orderNumber) {
                pair.ongoing.advance(orderNumber: number, to: 450)
            }
            clock.advance(by: 11 * 60)
            rounds += try await harness.runUntilQuiet(maxRounds: 60, between: advance)

            // Healthy again: a converged engine has nothing left to do.
            pair.visma.faults.plan = FaultPlan()
            pair.ongoing.faults.plan = FaultPlan()
            clock.advance(by: 11 * 60)
            let after = await harness.runRound()
            #expect(after.isQuiet, "\(after)")
            return (EndState(pair, parked: try harness.parkedItems()), rounds)
        }
    }

    @Test("with 5xx, 429, hanging requests, dropped connections and malformed bodies, the end state equals the fault-free one")
    func faultsConvergeToFaultFreeResult() async throws {
        let (reference, _) = try await syncWorld(faults: FaultPlan())
        #expect(reference.ongoingOrderCount == 6)
        #expect(reference.parked.isEmpty)

        let plan = FaultPlan(serverErrorRate: 0.06, timeoutRate: 0.03, dropRate: 0.04, malformedRate: 0.04, throttleRate: 0.05, hangSeconds: 0.2)
        let (faulty, rounds) = try await syncWorld(faults: plan)
        #expect(rounds > 2, "faults should have cost extra rounds")
        #expect(faulty == reference)
    }
}
