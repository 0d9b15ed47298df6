import Foundation
import OngoingWMS
import Sandbox
import Testing

/// Orders, over HTTP against the sandbox.
@Suite struct OngoingOrderTests {
    /// A harness whose goods owner has articles `A` and `B` with plenty of stock.
    private static func withStockedWarehouse(_ options: OngoingSandboxOptions = OngoingSandboxOptions(),
                                             _ body: @Sendable @escaping (OngoingTestHarness, OngoingClient) async throws -> Void) async throws {
        try await OngoingTestHarness.run(options) { harness in
            let client = harness.client()
            for number in ["A", "B"] {
                _ = try await blocking { try client.upsertArticle(OngoingFactories.article(number)) }
                harness.sandbox.setStock(articleNumber: number, numberOfItems: 100)
            }
            try await body(harness, client)
        }
    }

    @Test func upsertCreatesWith201ThenUpdatesWith200() async throws {
        try await Self.withStockedWarehouse { harness, client in
            let created = try await blocking { try client.upsertOrder(OngoingFactories.order("1042", lines: [("A", 2)])) }
            let updated = try await blocking { try client.upsertOrder(OngoingFactories.order("1042", lines: [("A", 3), ("B", 1)])) }
            #expect(created.created && !updated.created)
            #expect(created.orderId == updated.orderId)
            let order = try await blocking { try client.order(id: created.orderId) }
            #expect(order.orderLines?.map(\.orderedNumberOfItems) == [3, 1])
            #expect(harness.sandbox.orders().count == 1)
            #expect(harness.sandbox.putCount(orderNumber: "1042") == 2)
        }
    }

    @Test func updateAfterPickingStartedIsRefusedAsPermanent() async throws {
        try await Self.withStockedWarehouse { harness, client in
            _ = try await blocking { try client.upsertOrder(OngoingFactories.order("1042", lines: [("A", 2)])) }
            harness.sandbox.advance(orderNumber: "1042", to: 300)
            await #expect {
                try await blocking { try client.upsertOrder(OngoingFactories.order("1042", lines: [("A", 5)])) }
            } throws: { error in
                guard let error = error as? OngoingError, case .rejected(400, let message) = error else { return false }
                return error.kind == .permanent && message.contains("started")
            }
            #expect(harness.sandbox.order(number: "1042")?.lines.first?.ordered == 2)
        }
    }

    @Test func cancelBeforePickingCancelsAndAfterPickingIsRefused() async throws {
        try await Self.withStockedWarehouse { harness, client in
            let early = try await blocking { try client.upsertOrder(OngoingFactories.order("E1", lines: [("A", 1)])) }
            let late = try await blocking { try client.upsertOrder(OngoingFactories.order("L1", lines: [("A", 1)])) }
            harness.sandbox.advance(orderNumber: "L1", to: 320)
            try await blocking { try client.cancelOrder(id: early.orderId) }
            let cancelled = try await blocking { try client.order(id: early.orderId) }
            #expect(cancelled.isCancelled)
            #expect(!cancelled.warehouseHasStarted())
            await #expect(throws: OngoingError.self) { try await blocking { try client.cancelOrder(id: late.orderId) } }
            #expect(harness.sandbox.order(number: "L1")?.status == 320)
        }
    }

    @Test func shortPickedShipmentIsReportedOnceAndThenNoLongerListed() async throws {
        var options = OngoingSandboxOptions()
        options.shortPickRate = 1
        try await Self.withStockedWarehouse(options) { harness, client in
            let placed = try await blocking { try client.upsertOrder(OngoingFactories.order("S1", lines: [("A", 4), ("B", 3)])) }
            harness.sandbox.shipAll()
            let toReport = OrderQuery(orderStatusFrom: 450, onlyOrdersWithOrderLinesToReport: true)
            let shipped = try #require(try await blocking { try client.order(id: placed.orderId) })
            #expect(shipped.isShipped())
            #expect(shipped.orderInfo?.shippedTime != nil)
            let lines = try #require(shipped.orderLines)
            #expect(lines.allSatisfy { ($0.pickedNumberOfItems ?? 0) < ($0.orderedNumberOfItems ?? 0) })
            let pending = try await blocking { try client.orders(toReport) }
            #expect(pending.map { $0.orderInfo?.orderId } == (lines.contains { $0.numberOfItemsToReport > 0 } ? [placed.orderId] : []))
            try await blocking { try client.markPickedItemsReported(orderId: placed.orderId) }
            #expect(try await blocking { try client.orders(toReport) }.isEmpty)
        }
    }

    @Test(arguments: [(6, 3), (7, 3), (0, 2), (2, 5)])
    func orderPagingReadsEveryOrderExactlyOnce(_ count: Int, _ pageSize: Int) async throws {
        try await Self.withStockedWarehouse { harness, client in
            for index in 0..<count {
                _ = try await blocking { try client.upsertOrder(OngoingFactories.order("P\(index)", lines: [("A", 1)])) }
            }
            let orders = try await blocking { try client.orders(pageSize: pageSize) }
            #expect(orders.compactMap { $0.orderInfo?.orderNumber }.sorted() == (0..<count).map { "P\($0)" }.sorted())
            #expect(harness.sandbox.requestCount("GET", "/orders") == count / pageSize + 1)
        }
    }

    @Test func orderNumbersFilterUsesARepeatedKey() async throws {
        try await Self.withStockedWarehouse { harness, client in
            for number in ["N1", "N2", "N3"] {
                _ = try await blocking { try client.upsertOrder(OngoingFactories.order(number, lines: [("A", 1)])) }
            }
            let found = try await blocking { try client.orders(OrderQuery(orderNumbers: ["N1", "N3"])) }
            #expect(found.compactMap { $0.orderInfo?.orderNumber } == ["N1", "N3"])
            #expect(harness.sandbox.requests.last?.query.contains("orderNumbers=N1&orderNumbers=N3") == true)
            #expect(try await blocking { try client.order(number: "N2") }?.orderInfo?.orderNumber == "N2")
        }
    }

    @Test func timeFiltersAreSentInUTCAndSelectByTime() async throws {
        try await Self.withStockedWarehouse { harness, client in
            _ = try await blocking { try client.upsertOrder(OngoingFactories.order("T1", lines: [("A", 1)])) }
            harness.sandbox.shipAll()
            let before = Date().addingTimeInterval(-60)
            let after = Date().addingTimeInterval(60)
            #expect(try await blocking { try client.orders(OrderQuery(shippedTimeFrom: before)) }.count == 1)
            #expect(try await blocking { try client.orders(OrderQuery(shippedTimeFrom: after)) }.isEmpty)
            #expect(try await blocking { try client.orders(OrderQuery(orderStatusChangedTimeFrom: before, lastPickingTimeFrom: before)) }.count == 1)
            #expect(try await blocking { try client.orders(OrderQuery(orderUpdatedTimeFrom: before, orderCreatedTimeFrom: before)) }.count == 1)
            #expect(try await blocking { try client.orders(OrderQuery(orderStatusFrom: 500)) }.isEmpty)
        }
    }

    @Test func unknownArticleIsAPermanentRefusal() async throws {
        try await Self.withStockedWarehouse { _, client in
            await #expect {
                try await blocking { try client.upsertOrder(OngoingFactories.order("U1", lines: [("X-9", 1)])) }
            } throws: { ($0 as? OngoingError)?.kind == .permanent }
        }
    }

    @Test func localisedStatusTextDoesNotChangeWhatTheClientSees() async throws {
        var options = OngoingSandboxOptions()
        options.localisedStatuses = true
        try await Self.withStockedWarehouse(options) { harness, client in
            let statuses = try await blocking { try client.orderStatuses() }
            #expect(statuses.contains(OrderStatus(number: 500, text: "Collected")))
            #expect(statuses.first { $0.number == 500 }?.text == "Hämtad")
            let placed = try await blocking { try client.upsertOrder(OngoingFactories.order("SV1", lines: [("A", 1)])) }
            harness.sandbox.advance(orderNumber: "SV1", to: 500)
            let order = try await blocking { try client.order(id: placed.orderId) }
            #expect(order.orderInfo?.orderStatus == OrderStatus(number: 500))
            #expect(order.isShipped())
        }
    }

    @Test func byteOrderMarkedAnswersAreRead() async throws {
        var options = OngoingSandboxOptions()
        options.byteOrderMark = true
        try await Self.withStockedWarehouse(options) { _, client in
            let statuses = try await blocking { try client.orderStatuses() }
            let article = try await blocking { try client.article(number: "A") }
            #expect(statuses.count == 8)
            #expect(article?.inventoryInfo?.numberOfItems == 100)
        }
    }
}
