import Foundation
import Sandbox
import Testing

@Suite(.timeLimit(.minutes(1)))
struct VismaAPITests {
    private func meta(_ answer: VismaHTTP.Answer) -> [String: Any] { answer.json?["Meta"] as? [String: Any] ?? [:] }
    private func data(_ answer: VismaHTTP.Answer) -> [[String: Any]] { answer.json?["Data"] as? [[String: Any]] ?? [] }

    @Test func pagesWithMetaAndBothSpellingsOfPageSize() async throws {
        try await VismaSandboxHarness.run({ $0.articleCount = 120 }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let first = try await harness.api("GET", "/v2/articles?$page=2&$pagesize=50", token: token)
            #expect(meta(first)["CurrentPage"] as? Int == 2)
            #expect(meta(first)["PageSize"] as? Int == 50)
            #expect(meta(first)["TotalNumberOfPages"] as? Int == 3)
            #expect(meta(first)["TotalNumberOfResults"] as? Int == 120)
            #expect(meta(first)["ServerTimeUtc"] is String)
            #expect(data(first).count == 50)
            let camel = try await harness.api("GET", "/v2/articles?$page=3&$pageSize=50", token: token)
            #expect(data(camel).count == 20)
            let defaults = try await harness.api("GET", "/v2/articles", token: token)
            #expect(meta(defaults)["PageSize"] as? Int == 50)
            let capped = try await harness.api("GET", "/v2/articles?$pagesize=5000", token: token)
            #expect(meta(capped)["PageSize"] as? Int == 1000)
            let beyond = try await harness.api("GET", "/v2/articles?$page=9&$pagesize=50", token: token)
            #expect(data(beyond).isEmpty)
        }
    }

    @Test func filtersTimestampsWithStrictAndInclusiveOperators() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let instant = Date(timeIntervalSince1970: 1_900_000_000)
            let numbers = harness.sandbox.articles().prefix(2).map(\.number)
            for number in numbers { harness.sandbox.setArticleChangedUtc(number: number, to: instant) }
            func count(_ filter: String) async throws -> Int {
                let answer = try await harness.api("GET", "/v2/articles?$filter=" + filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, token: token)
                return meta(answer)["TotalNumberOfResults"] as? Int ?? -1
            }
            #expect(try await count("ChangedUtc gt 2030-03-17T17:46:40Z") == 0)
            #expect(try await count("ChangedUtc ge 2030-03-17T17:46:40Z") == 2)
            #expect(try await count("ChangedUtc le 2030-03-17T17:46:40Z") == harness.sandbox.articleCount)
            #expect(try await count("ChangedUtc lt 2030-03-17T17:46:40Z") == harness.sandbox.articleCount - 2)
            #expect(try await count("changedutc GE 2030-03-17T17:46:40.000Z") == 2)
        }
    }

    @Test func filtersOrdersOnStatusAndModifiedUtcTogether() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let cutoff = harness.sandbox.orders().map(\.modifiedUtc).sorted()[20]
            let expected = harness.sandbox.orders().filter { $0.status == 2 && $0.modifiedUtc > cutoff }.map(\.number)
            let filter = "Status eq 2 and ModifiedUtc gt \(ISO8601DateFormatter.fractional.string(from: cutoff))"
            let answer = try await harness.api("GET", "/v2/orders?$pagesize=1000&$filter=" + filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, token: token)
            #expect(data(answer).compactMap { $0["Number"] as? Int } == expected)
        }
    }

    @Test func refusesBadFiltersWithQueryErrors() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let unknown = try await harness.api("GET", "/v2/orders?$filter=Colour%20eq%202", token: token)
            #expect(unknown.status == 400)
            #expect(unknown.json?["ErrorCode"] as? Int == 6000)
            let badDate = try await harness.api("GET", "/v2/orders?$filter=ModifiedUtc%20gt%202025-13-45T00:00:00Z", token: token)
            #expect(badDate.json?["ErrorCode"] as? Int == 6001)
            let garbage = try await harness.api("GET", "/v2/orders?$filter=Status%20eq", token: token)
            #expect(garbage.json?["ErrorCode"] as? Int == 6000)
        }
    }

    @Test func putReplacesTheArticleIgnoringReadOnlyFields() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let article = try #require(harness.sandbox.articles().first { !$0.isServiceArticle })
            var body = try #require(try await harness.api("GET", "/v2/articles/\(article.id)", token: token).json)
            body["Name"] = "Ny ljusstake"
            body["CreatedUtc"] = "1999-01-01T00:00:00Z"
            body["StockBalance"] = 17.25
            body.removeValue(forKey: "StockLocationReference")
            let answer = try await harness.api("PUT", "/v2/articles/\(article.id)", token: token, body: try JSONSerialization.data(withJSONObject: body))
            #expect(answer.status == 200)
            let stored = try #require(harness.sandbox.article(number: article.number))
            #expect(stored.name == "Ny ljusstake")
            #expect(stored.stockBalance == Decimal(string: "17.25"))
            #expect(stored.fields["CreatedUtc"] == article.fields["CreatedUtc"])
            #expect(stored.fields["StockLocationReference"] == .null)
            #expect(stored.changedUtc > article.changedUtc)
        }
    }

    @Test func putValidatesRequiredFieldsLengthsAndDecimals() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let article = try #require(harness.sandbox.articles().first)
            var body = try #require(try await harness.api("GET", "/v2/articles/\(article.id)", token: token).json)
            body.removeValue(forKey: "UnitId")
            body["Name"] = String(repeating: "å", count: 51)
            body["StockBalance"] = 1.234
            let answer = try await harness.api("PUT", "/v2/articles/\(article.id)", token: token, body: try JSONSerialization.data(withJSONObject: body))
            #expect(answer.status == 400)
            #expect(answer.json?["ErrorCode"] as? Int == 2000)
            let fields = Set(((answer.json?["Errors"] as? [[String: Any]]) ?? []).compactMap { $0["Field"] as? String })
            #expect(fields == ["UnitId", "Name", "StockBalance"])
            #expect(harness.sandbox.article(number: article.number) == article)
        }
    }

    @Test func putReplacesOrderRowsKeepingRowIdentity() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let goods = harness.sandbox.articles().filter { !$0.isServiceArticle && $0.isActive }
            let order = try #require(harness.sandbox.createOrder(lines: [.init(articleNumber: goods[0].number, quantity: 2), .init(articleNumber: goods[1].number, quantity: 1)]))
            var body = try #require(try await harness.api("GET", "/v2/orders/\(order.id)", token: token).json)
            var rows = try #require(body["Rows"] as? [[String: Any]])
            rows[0]["DeliveredQuantity"] = 2
            rows.removeLast()
            body["Rows"] = rows
            let answer = try await harness.api("PUT", "/v2/orders/\(order.id)", token: token, body: try JSONSerialization.data(withJSONObject: body))
            #expect(answer.status == 200)
            let stored = try #require(harness.sandbox.order(number: order.number))
            #expect(stored.rows.count == 1)
            #expect(stored.rows[0].id == order.rows[0].id)
            #expect(stored.rows[0].deliveredQuantity == 2)
            #expect(stored.modifiedUtc >= order.modifiedUtc)
        }
    }

    @Test func completedShipsOngoingOrdersOnly() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let ongoing = try #require(harness.sandbox.orders().first { $0.status == 2 })
            let answer = try await harness.api("POST", "/v2/orders/\(ongoing.id)/completed", token: token)
            #expect(answer.status == 200)
            #expect(answer.json?["Status"] as? Int == 3)
            #expect(answer.json?["ShippedDateTime"] is String)
            let again = try await harness.api("POST", "/v2/orders/\(ongoing.id)/completed", token: token)
            #expect(again.status == 400)
        }
    }

    @Test func backorderNeedsAShortShippedOrderAndHappensOnce() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let article = try #require(harness.sandbox.articles().first { !$0.isServiceArticle && $0.isActive })
            let order = try #require(harness.sandbox.createOrder(lines: [.init(articleNumber: article.number, quantity: 5)]))
            let early = try await harness.api("POST", "/v2/orders/\(order.id)/backorder", token: token)
            #expect(early.status == 400)
            harness.sandbox.editOrder(number: order.number) { fields in
                var rows = fields["Rows"]!.array!.map { $0.object! }
                rows[0]["DeliveredQuantity"] = .number(3)
                fields["Rows"] = .array(rows.map(VismaJSON.object))
            }
            _ = try await harness.api("POST", "/v2/orders/\(order.id)/completed", token: token)
            let backorder = try await harness.api("POST", "/v2/orders/\(order.id)/backorder", token: token)
            #expect(backorder.status == 200)
            #expect(backorder.json?["Status"] as? Int == 2)
            #expect(((backorder.json?["Rows"] as? [[String: Any]])?.first?["Quantity"] as? Int) == 2)
            let second = try await harness.api("POST", "/v2/orders/\(order.id)/backorder", token: token)
            #expect(second.status == 400)
        }
    }

    @Test func refusesStockBalanceChangesWhileTheStockModuleIsActive() async throws {
        try await VismaSandboxHarness.run({ $0.stockModuleActive = true }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let settings = try await harness.api("GET", "/v2/companysettings", token: token)
            #expect((settings.json?["ActivatedModules"] as? [String])?.contains("stock_standard") == true)
            let article = try #require(harness.sandbox.articles().first { !$0.isServiceArticle })
            var body = try #require(try await harness.api("GET", "/v2/articles/\(article.id)", token: token).json)
            #expect(try await harness.api("PUT", "/v2/articles/\(article.id)", token: token, body: try JSONSerialization.data(withJSONObject: body)).status == 200)
            body["StockBalance"] = NSDecimalNumber(decimal: article.stockBalance + 1)
            let refused = try await harness.api("PUT", "/v2/articles/\(article.id)", token: token, body: try JSONSerialization.data(withJSONObject: body))
            #expect(refused.status == 400)
            #expect((refused.json?["Errors"] as? [[String: Any]])?.first?["Field"] as? String == "StockBalance")
            #expect(harness.sandbox.article(number: article.number)?.stockBalance == article.stockBalance)
        }
    }

    @Test func answers429WithVismasBodyPastTheLimit() async throws {
        try await VismaSandboxHarness.run({ $0.rateLimitPerMinute = 5 }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            for _ in 0..<5 { #expect(try await harness.api("GET", "/v2/companysettings", token: token).status == 200) }
            let throttled = try await harness.api("GET", "/v2/companysettings", token: token)
            #expect(throttled.status == 429)
            #expect(throttled.json?["ErrorCode"] as? Int == 4010)
            let message = try #require(throttled.json?["DeveloperErrorMessage"] as? String)
            #expect(message.hasPrefix("API calls quota exceeded! maximum admitted 5 per Minute. Try again in "))
            #expect(message.hasSuffix(" seconds."))
            #expect(try await harness.api("GET", "/v2/articles", token: token).status == 200)
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func servesEveryPageOfABenchmarkSizedCompany() async throws {
        try await VismaSandboxHarness.run({ $0.articleCount = 10_000; $0.orderCount = 5_000 }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            var numbers = Set<String>()
            for page in 1...10 {
                numbers.formUnion(data(try await harness.api("GET", "/v2/articles?$page=\(page)&$pagesize=1000", token: token)).compactMap { $0["Number"] as? String })
            }
            #expect(numbers.count == 10_000)
            let orders = try await harness.api("GET", "/v2/orders?$pagesize=1000&$filter=Status%20eq%202", token: token)
            #expect(meta(orders)["TotalNumberOfResults"] as? Int == harness.sandbox.orders().filter { $0.status == 2 }.count)
        }
    }

    @Test func countsRequestsPerEndpoint() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let order = try #require(harness.sandbox.orders().first)
            _ = try await harness.api("GET", "/v2/orders/\(order.id)", token: token)
            _ = try await harness.api("GET", "/v2/orders/\(order.id)", token: token)
            #expect(harness.sandbox.requestCount("GET /v2/orders/{id}") == 2)
            #expect(harness.sandbox.requestCount("POST /connect/token") == 1)
        }
    }

    @Test func injectsFaultsWithItsOwn429() async throws {
        try await VismaSandboxHarness.run { harness in
            let token = try await harness.tokens()["access_token"] as? String
            harness.sandbox.faults.plan = FaultPlan(throttleRate: 1)
            let answer = try await harness.api("GET", "/v2/companysettings", token: token)
            #expect(answer.status == 429)
            #expect(answer.json?["ErrorCode"] as? Int == 4010)
        }
    }
}

extension ISO8601DateFormatter {
    /// UTC with milliseconds, as `$filter` literals may carry them.
    static var fractional: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
