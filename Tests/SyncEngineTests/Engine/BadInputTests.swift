import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Items that cannot be sent are parked with a reason an admin can act on; the rest go on.
@Suite("Bad input is parked, the rest proceeds")
struct BadInputTests {
    @Test("an order with an article unknown to Ongoing waits, then is parked naming the article; a good order is sent")
    func unknownArticleIsParkedAfterWaiting() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let bad = try pair.createOrder([(pair.goodsNumbers[0], 1)])
            pair.appendRow(to: bad, ["ArticleNumber": .string("NO-SUCH-1"), "Quantity": .number(2), "Text": .string("Ghost")])
            let good = try pair.createOrder([(pair.goodsNumbers[1], 1)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])
            #expect(pair.ongoingOrder(good) != nil)
            #expect(pair.ongoingOrder(bad) == nil)
            #expect(try harness.orderLink(bad)?.problem?.contains("waiting for article NO-SUCH-1") == true)

            clock.advance(by: 31 * 60)
            try await harness.runUntilQuiet([.articles, .orders])

            #expect(pair.ongoingOrder(bad) == nil)
            #expect(pair.ongoing.putCount(orderNumber: String(bad)) == 0)
            let parked = try #require(try harness.parkedItems().first { $0.key == String(bad) })
            #expect(parked.process == .orders)
            #expect(parked.reason.contains("NO-SUCH-1"))
            #expect(parked.reason.contains("does not exist in Ongoing"))
            #expect(try harness.orderLink(bad)?.stage == .parked)
        }
    }

    @Test("an order with no delivery address anywhere is parked with that reason; a good order is sent")
    func emptyAddressIsParked() async throws {
        try await SandboxPair.with { pair in
            let bad = try pair.createOrder([(pair.goodsNumbers[0], 1)])
            pair.visma.editOrder(number: bad) { order in
                order["CustomerId"] = .string(UUID().uuidString)
                for field in ["DeliveryCustomerName", "DeliveryAddress1", "DeliveryAddress2", "DeliveryPostalCode", "DeliveryCity", "DeliveryCountryCode"] {
                    order[field] = .null
                }
            }
            let good = try pair.createOrder([(pair.goodsNumbers[1], 1)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            #expect(pair.ongoingOrder(good) != nil)
            #expect(pair.ongoingOrder(bad) == nil)
            let parked = try #require(try harness.parkedItems().first { $0.key == String(bad) })
            #expect(parked.reason.contains("delivery address is empty"))
        }
    }

    @Test("an order with a negative quantity is parked naming the row; a good order is sent")
    func negativeQuantityIsParked() async throws {
        try await SandboxPair.with { pair in
            let bad = try pair.createOrder([(pair.goodsNumbers[0], 1), (pair.goodsNumbers[1], 1)])
            pair.visma.setOrderRowQuantity(number: bad, lineNumber: 2, quantity: -3)
            let good = try pair.createOrder([(pair.goodsNumbers[2], 1)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            #expect(pair.ongoingOrder(good) != nil)
            #expect(pair.ongoingOrder(bad) == nil)
            let parked = try #require(try harness.parkedItems().first { $0.key == String(bad) })
            #expect(parked.reason.contains("row 2 has a negative quantity"))
            #expect(try harness.status().parked.contains { $0.key == String(bad) })
        }
    }

    @Test("an article number over 40 characters is parked with that reason; the other articles reach Ongoing")
    func overlongArticleNumberIsParked() async throws {
        try await SandboxPair.with { pair in
            let victim = pair.goodsNumbers[0]
            let overlong = String(repeating: "X", count: 41)
            pair.visma.editArticle(number: victim) { $0["Number"] = .string(overlong) }
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles])

            #expect(pair.ongoing.article(number: overlong) == nil)
            #expect(pair.ongoing.articles().count == pair.visma.articles().filter { !$0.isServiceArticle }.count - 1)
            let parked = try #require(try harness.parkedItems().first { $0.process == .articles })
            #expect(parked.reason.contains("longer than 40 characters"))
        }
    }
}
