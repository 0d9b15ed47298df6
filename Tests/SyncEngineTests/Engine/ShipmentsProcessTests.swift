import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Ongoing → Visma shipments, end to end over loopback.
@Suite("Shipments process against both sandboxes")
struct ShipmentsProcessTests {
    @Test("a shipped order gets DeliveredQuantity per row at 2 dp, is completed once, and its Ongoing lines are reported")
    func writesDeliveredQuantitiesCompletesOnceAndReports() async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            let number = try pair.createOrder([(goods[0], 3), (goods[1], 1.2345)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            pair.ongoing.shipAll()
            try await harness.runUntilQuiet()

            let order = try #require(pair.visma.order(number: number))
            #expect(order.status == 3)
            #expect(order.rows.map(\.deliveredQuantity) == [3, 1.23])
            #expect(pair.visma.requestCount("POST /v2/orders/{id}/completed") == 1)
            let shipped = try #require(pair.ongoingOrder(number))
            #expect(shipped.lines.allSatisfy { $0.reported == $0.picked })
            #expect(pair.ongoing.requestCount("PATCH", "/orders/{id}/setReportedNumberOfItemsToPickedNumberOfItems") == 1)
            #expect(try harness.orderLink(number)?.stage == .reported)
        }
    }

    @Test("an order the warehouse has not shipped yet is not written back")
    func unshippedOrderIsNotWrittenBack() async throws {
        try await SandboxPair.with { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            pair.ongoing.advance(orderNumber: String(number), to: 400)
            try await harness.runUntilQuiet()

            #expect(pair.visma.order(number: number)?.status == 2)
            #expect(pair.visma.order(number: number)?.rows.map(\.deliveredQuantity) == [0])
            #expect(pair.visma.requestCount("POST /v2/orders/{id}/completed") == 0)
            #expect(try harness.orderLink(number)?.stage == .picking)
        }
    }
}
