import APITransport
import Foundation
import Sandbox
import Testing
import VismaEAccounting

@Suite(.timeLimit(.minutes(1)))
struct ClientTests {
    @Test func followsTotalNumberOfPagesAcrossManyPages() async throws {
        try await VismaHarness.run({ $0.articleCount = 230 }) { harness in
            let (client, _) = try await harness.connectedClient()
            let (pages, numbers, watermark) = try await blocking {
                var pages: [VismaPageMeta] = []
                var numbers: [String] = []
                let watermark = try client.forEachPage(.articles, pageSize: 50) { page in
                    pages.append(page.meta)
                    numbers += page.items.map(\.number)
                }
                return (pages, numbers, watermark)
            }
            #expect(pages.map(\.currentPage) == [1, 2, 3, 4, 5])
            #expect(pages.allSatisfy { $0.totalNumberOfPages == 5 && $0.totalNumberOfResults == 230 && $0.pageSize == 50 })
            #expect(numbers.count == 230)
            #expect(Set(numbers).count == 230)
            #expect(watermark == pages[0].serverTimeUtc)
            #expect(harness.sandbox.requestCount("GET /v2/articles") == 5)
        }
    }

    @Test func filtersOnChangedUtcWithStrictAndInclusiveComparison() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let instant = Date(timeIntervalSince1970: 1_900_000_000)
            let numbers = harness.sandbox.articles().prefix(3).map(\.number)
            for number in numbers { harness.sandbox.setArticleChangedUtc(number: number, to: instant) }
            harness.sandbox.setArticleChangedUtc(number: harness.sandbox.articles()[3].number, to: instant.addingTimeInterval(0.001))
            let after = try await blocking { try client.articles(changedAfter: instant).items.map(\.number) }
            let atOrAfter = try await blocking {
                try client.all(.articles, filter: .timestamp("ChangedUtc", .greaterThanOrEqual, instant)).items.map(\.number)
            }
            #expect(after == [harness.sandbox.articles()[3].number])
            #expect(Set(atOrAfter) == Set(numbers + [harness.sandbox.articles()[3].number]))
        }
    }

    @Test func filtersOrdersByStatusAndModification() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let ongoing = try await blocking { try client.orders(status: .ongoing) }
            #expect(!ongoing.items.isEmpty)
            #expect(ongoing.items.allSatisfy { $0.status == .ongoing })
            #expect(ongoing.items.count == harness.sandbox.orders().filter { $0.status == 2 }.count)

            let created = try #require(harness.sandbox.createOrder(lines: [.init(articleNumber: harness.sandbox.articles()[0].number, quantity: 2)]))
            let recent = try await blocking { try client.orders(status: .ongoing, modifiedAfter: ongoing.watermark.addingTimeInterval(-0.001)) }
            #expect(recent.items.map(\.number).contains(created.number))
            #expect(recent.items.allSatisfy { ($0.modifiedUtc ?? .distantPast) >= ongoing.watermark.addingTimeInterval(-0.001) })
        }
    }

    @Test func putKeepsFieldsTheClientDoesNotModel() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let number = try #require(harness.sandbox.articles().first { !$0.isServiceArticle }?.number)
            harness.sandbox.editArticle(number: number) { fields in
                fields["Note"] = .string("Hyllplats vid fönstret — ömtålig")
                fields["SupplierArticleNumber"] = .string("LEV-ÅÄÖ-1")
                fields["ArticleLabels"] = .array([.object(["Id": .string("3f2e1d0c-b9a8-4776-8554-433221100f01"), "Name": .string("Kök"), "Description": .null])])
            }
            let id = try #require(harness.sandbox.article(number: number)?.id)
            var article = try await blocking { try client.article(id: id) }
            article.stockBalance = Decimal(string: "41.456")!
            let article2 = article
            let stored = try await blocking { try client.updateArticle(article2) }
            #expect(stored.stockBalance == Decimal(string: "41.46"))
            let after = try #require(harness.sandbox.article(number: number))
            #expect(after.stockBalance == Decimal(string: "41.46"))
            #expect(after.fields["Note"] == .string("Hyllplats vid fönstret — ömtålig"))
            #expect(after.fields["SupplierArticleNumber"] == .string("LEV-ÅÄÖ-1"))
            #expect(after.fields["ArticleLabels"]?.array?.count == 1)
            #expect(after.fields["Barcodes"] == article.json["Barcodes"].map(Self.sandboxValue))
        }
    }

    @Test func writesDeliveredQuantitiesThenCompletesAndBackorders() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let goods = harness.sandbox.articles().filter { !$0.isServiceArticle && $0.isActive }
            let created = try #require(harness.sandbox.createOrder(lines: [
                .init(articleNumber: goods[0].number, quantity: 4), .init(articleNumber: goods[1].number, quantity: Decimal(string: "2.5")!),
            ]))
            var order = try await blocking { try client.order(id: created.id) }
            order.setDeliveredQuantity(3, lineNumber: 1)
            order.setDeliveredQuantity(Decimal(string: "2.499")!, lineNumber: 2)
            let toWrite = order
            let written = try await blocking { try client.updateOrder(toWrite) }
            #expect(written.rows.map(\.deliveredQuantity) == [3, Decimal(string: "2.5")!])
            #expect(written.rows.map(\.id) == order.rows.map(\.id))

            let completed = try await blocking { try client.completeOrder(id: created.id) }
            #expect(completed.status == .shipped)
            #expect(completed.shippedDateTime != nil)
            let backorder = try await blocking { try client.createBackorder(id: created.id) }
            #expect(backorder.status == .ongoing)
            #expect(backorder.rows.map(\.quantity) == [1])
            let again = await #expect(throws: VismaError.self) { try await blocking { try client.createBackorder(id: created.id) } }
            #expect(again?.classification == .permanent)
        }
    }

    @Test func completingAShippedOrderIsAPermanentError() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let shipped = try #require(harness.sandbox.orders().first { $0.status == 3 })
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.completeOrder(id: shipped.id) } }
            #expect(failure?.classification == .permanent)
            #expect(failure?.status == 400)
        }
    }

    @Test func stockBalanceWritesAreRefusedWhileTheStockModuleIsActive() async throws {
        try await VismaHarness.run({ $0.stockModuleActive = true }) { harness in
            let (client, _) = try await harness.connectedClient()
            let id = try #require(harness.sandbox.articles().first { !$0.isServiceArticle }?.id)
            var article = try await blocking { try client.article(id: id) }
            let unchanged = article
            _ = try await blocking { try client.updateArticle(unchanged) }
            article.stockBalance += 5
            let changed = article
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.updateArticle(changed) } }
            #expect(failure?.classification == .permanent)
            #expect(failure?.fieldErrors.first?.field == "StockBalance")
        }
    }

    @Test func readsCustomerContactDetails() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let order = try #require(harness.sandbox.orders().first)
            let customer = try await blocking { try client.customer(id: try #require(order.customerID)) }
            #expect(!customer.name.isEmpty)
            #expect(customer.email?.contains("@") == true)
            #expect(customer.phone?.hasPrefix("+") == true)
        }
    }

    @Test func anUnknownOrderIsAPermanentNotFound() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let failure = await #expect(throws: VismaError.self) { try await blocking { try client.order(id: UUID()) } }
            #expect(failure?.status == 404)
            #expect(failure?.errorCode == 3000)
            #expect(failure?.classification == .permanent)
        }
    }

    @Test func serverFailuresAndBrokenBodiesAreTransient() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            harness.sandbox.faults.plan = FaultPlan(serverErrorRate: 1)
            let serverError = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(serverError?.classification == .transient)
            harness.sandbox.faults.plan = FaultPlan(malformedRate: 1)
            let malformed = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(malformed?.classification == .transient)
            harness.sandbox.faults.plan = FaultPlan(dropRate: 1)
            let dropped = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(dropped?.classification == .transient)
        }
    }

    @Test func aBadFilterIsAPermanentQueryError() async throws {
        try await VismaHarness.run { harness in
            let (client, _) = try await harness.connectedClient()
            let failure = await #expect(throws: VismaError.self) {
                try await blocking { try client.page(.articles, filter: .timestamp("NoSuchField", .greaterThan, Date())) }
            }
            #expect(failure?.errorCode == 6000)
            #expect(failure?.classification == .permanent)
        }
    }

    /// The client's JSON value as the sandbox's, for comparing stored fields.
    private static func sandboxValue(_ value: JSONValue) -> VismaJSON {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array(let values): .array(values.map(sandboxValue))
        case .object(let object): .object(object.members.mapValues(sandboxValue))
        }
    }
}
