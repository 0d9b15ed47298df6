import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Visma edits reach Ongoing only until the warehouse starts on the order.
@Suite("Updates until picking starts")
struct UpdateUntilPickingTests {
    @Test("an edit made before the warehouse starts is sent: the Ongoing order is updated")
    func editBeforePickingUpdatesOngoing() async throws {
        try await SandboxPair.with { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            pair.visma.setOrderRowQuantity(number: number, lineNumber: 1, quantity: 5)
            try await harness.runUntilQuiet([.orders])

            #expect(pair.ongoingOrder(number)?.lines.map(\.ordered) == [5])
            #expect(pair.ongoing.orders().filter { $0.orderNumber == String(number) }.count == 1)
            #expect(try harness.orderLink(number)?.stage == .sent)
        }
    }

    @Test("an edit made after the warehouse reached status 300 is not sent and is recorded as changed_after_picking")
    func editAfterPickingStartedIsRecordedNotSent() async throws {
        try await SandboxPair.with { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])
            pair.ongoing.advance(orderNumber: String(number), to: 300)
            let putsBefore = pair.ongoing.putCount(orderNumber: String(number))

            pair.visma.setOrderRowQuantity(number: number, lineNumber: 1, quantity: 9)
            try await harness.runUntilQuiet([.orders])

            #expect(pair.ongoing.putCount(orderNumber: String(number)) == putsBefore)
            #expect(pair.ongoingOrder(number)?.lines.map(\.ordered) == [2])
            let link = try #require(try harness.orderLink(number))
            #expect(link.stage == .changedAfterPicking)
            #expect(link.problem?.contains("after the warehouse started") == true)
        }
    }

    @Test("once the shipments process saw picking start, a later edit is recorded without asking Ongoing")
    func editAfterObservedPickingIsRecorded() async throws {
        try await SandboxPair.with { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 2)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            pair.ongoing.advance(orderNumber: String(number), to: 320)
            try await harness.runUntilQuiet()
            #expect(try harness.orderLink(number)?.stage == .picking)
            let putsBefore = pair.ongoing.putCount(orderNumber: String(number))

            pair.visma.setOrderRowQuantity(number: number, lineNumber: 1, quantity: 1)
            try await harness.runUntilQuiet()

            #expect(pair.ongoing.putCount(orderNumber: String(number)) == putsBefore)
            #expect(try harness.orderLink(number)?.stage == .changedAfterPicking)
        }
    }
}
