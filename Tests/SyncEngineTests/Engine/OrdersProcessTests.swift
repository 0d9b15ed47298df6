import Foundation
import OngoingWMS
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Visma → Ongoing orders, end to end over loopback.
@Suite("Orders process against both sandboxes")
struct OrdersProcessTests {
    @Test("an open order reaches Ongoing with its number, rows as row numbers, and the Delivery* fields as consignee")
    func createsOrderWithConsigneeFromDeliveryFields() async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            let number = try pair.createOrder([(goods[0], 3), (goods[1], 1.5)])
            pair.visma.editOrder(number: number) { order in
                order["DeliveryCustomerName"] = .string("Lagerkunden AB")
                order["DeliveryAddress1"] = .string("Hamngatan 7")
                order["DeliveryPostalCode"] = .string("41105")
                order["DeliveryCity"] = .string("Göteborg")
                order["DeliveryCountryCode"] = .string("SE")
            }
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            let stored = try #require(pair.ongoingOrder(number))
            #expect(stored.lines.map(\.rowNumber) == ["1", "2"])
            #expect(stored.lines.map(\.articleNumber) == [goods[0], goods[1]])
            #expect(stored.lines.map(\.ordered) == [3, 1.5])
            let remote = try #require(try await pair.ongoingModel(number))
            #expect(remote.consignee?.name == "Lagerkunden AB")
            #expect(remote.consignee?.address1 == "Hamngatan 7")
            #expect(remote.consignee?.postCode == "41105")
            #expect(remote.consignee?.city == "Göteborg")
            #expect(remote.orderInfo?.goodsOwnerOrderId == pair.visma.order(number: number)?.id.uuidString.lowercased())
            #expect(try harness.orderLink(number)?.stage == .sent)
        }
    }

    @Test("the consignee's e-mail and mobile come from the Visma customer")
    func contactComesFromTheCustomer() async throws {
        try await SandboxPair.with { pair in
            let number = try pair.createOrder([(pair.goodsNumbers[0], 1)])
            let customer = try #require(pair.visma.customer(id: pair.customer))
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            let remote = try #require(try await pair.ongoingModel(number))
            let email = customer["EmailAddress"]?.string
            let contactEmail = customer["ContactPersonEmail"]?.string
            #expect(remote.orderInfo?.emailNotification?.value != nil)
            #expect([email, contactEmail].contains(remote.orderInfo?.emailNotification?.value))
            #expect(remote.orderInfo?.smsNotification?.value == customer["ContactPersonMobile"]?.string)
        }
    }

    @Test("text rows and service rows are not sent as pick lines")
    func textAndServiceRowsAreNotPickLines() async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            let number = try pair.createOrder([(goods[0], 2)])
            pair.appendRow(to: number, ["IsTextRow": .bool(true), "Text": .string("Leave at the back door")])
            pair.appendRow(to: number, ["ArticleNumber": .string(pair.serviceNumber), "IsServiceArticle": .bool(true),
                                        "Quantity": .number(1), "Text": .string("Installation")])
            pair.appendRow(to: number, ["ArticleNumber": .string(goods[1]), "Quantity": .number(4), "Text": .string("Second")])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            let stored = try #require(pair.ongoingOrder(number))
            #expect(stored.lines.map(\.rowNumber) == ["1", "4"])
            #expect(stored.lines.map(\.articleNumber) == [goods[0], goods[1]])
        }
    }

    @Test("draft orders are not sent to Ongoing")
    func draftsAreIgnored() async throws {
        try await SandboxPair.with { pair in
            let draft = try pair.createOrder([(pair.goodsNumbers[0], 1)], status: 1)
            let open = try pair.createOrder([(pair.goodsNumbers[1], 1)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet([.articles, .orders])

            #expect(pair.ongoingOrder(draft) == nil)
            #expect(pair.ongoing.putCount(orderNumber: String(draft)) == 0)
            #expect(pair.ongoingOrder(open) != nil)
        }
    }
}
