import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Short picks are written back as they are; a backorder only when switched on.
@Suite("Partial shipments")
struct PartialShipmentTests {
    private func shipShort(backorder: Bool) async throws -> (delivered: [Decimal], picked: [Decimal], backorders: Int, orders: Int) {
        try await SandboxPair.with(ongoing: { $0.shortPickRate = 1 }, configure: { $0.shipments.backorderOnShortShipment = backorder }) { pair in
            let goods = pair.goodsNumbers
            let number = try pair.createOrder([(goods[0], 10), (goods[1], 8)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            let ordersBefore = pair.visma.orderCount
            pair.ongoing.shipAll()
            try await harness.runUntilQuiet([.shipments])

            let picked = try #require(pair.ongoingOrder(number)).lines.map(\.picked)
            let delivered = try #require(pair.visma.order(number: number)).rows.map(\.deliveredQuantity)
            #expect(pair.visma.order(number: number)?.status == 3)
            #expect(try harness.orderLink(number)?.stage == .reported)
            return (delivered, picked, pair.visma.requestCount("POST /v2/orders/{id}/backorder"), pair.visma.orderCount - ordersBefore)
        }
    }

    @Test("a short pick is written to Visma as picked, and no backorder is made by default")
    func shortPickWrittenAsIsWithoutBackorder() async throws {
        let result = try await shipShort(backorder: false)
        #expect(result.picked.contains { $0 < 8 })
        #expect(result.delivered == result.picked)
        #expect(result.backorders == 0)
        #expect(result.orders == 0)
    }

    @Test("with backorders switched on, a short shipment creates exactly one backorder")
    func backorderOnlyWhenEnabled() async throws {
        let result = try await shipShort(backorder: true)
        #expect(result.delivered == result.picked)
        #expect(result.backorders == 1)
        #expect(result.orders == 1)
    }
}
