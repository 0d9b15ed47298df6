import Foundation
import OngoingWMS
import Sandbox
import Testing

/// Articles and stock, over HTTP against the sandbox.
@Suite struct OngoingArticleTests {
    @Test func upsertCreatesThenUpdatesTheSameArticle() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client()
            let created = try await blocking { try client.upsertArticle(OngoingFactories.article("1009", name: "T-shirt")) }
            let updated = try await blocking { try client.upsertArticle(OngoingFactories.article("1009", name: "T-shirt blue")) }
            #expect(created.articleSystemId == updated.articleSystemId)
            let article = try await blocking { try client.article(number: "1009") }
            #expect(article?.articleName == "T-shirt blue")
            #expect(harness.sandbox.articles().count == 1)
        }
    }

    @Test func unknownArticleNumberReadsAsNil() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client()
            let article = try await blocking { try client.article(number: "nope") }
            #expect(article == nil)
        }
    }

    @Test(arguments: [(10, 5), (10, 3), (0, 4), (7, 10)])
    func pagingReadsEveryArticleExactlyOnce(_ count: Int, _ pageSize: Int) async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: count)
            let client = harness.client()
            let articles = try await blocking { try client.articles(pageSize: pageSize) }
            #expect(articles.compactMap(\.articleNumber).sorted() == (0..<count).map { "ART-\($0 + 1)" }.sorted())
            let expectedCalls = count / pageSize + 1
            #expect(harness.sandbox.requestCount("GET", "/articles") == expectedCalls)
        }
    }

    @Test func pageCursorIsInclusiveAndEndsOnAnEmptyPage() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 4)
            let client = harness.client()
            let first = try await blocking { try client.articlePage(pageSize: 2) }
            let ids = first.items.compactMap(\.articleSystemId)
            #expect(first.nextIdFrom == ids.max()! + 1)
            let second = try await blocking { try client.articlePage(from: first.nextIdFrom, pageSize: 2) }
            #expect(second.items.count == 2)
            let last = try await blocking { try client.articlePage(from: second.nextIdFrom, pageSize: 2) }
            #expect(last.items.isEmpty)
            #expect(last.nextIdFrom == nil)
        }
    }

    @Test func articleNumbersAreSentAsARepeatedKey() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 5)
            let client = harness.client()
            let found = try await blocking { try client.articles(ArticleQuery(articleNumbers: ["ART-2", "ART-4"])) }
            #expect(found.compactMap(\.articleNumber) == ["ART-2", "ART-4"])
            let query = try #require(harness.sandbox.requests.last?.query)
            #expect(query.contains("articleNumbers=ART-2&articleNumbers=ART-4"))
        }
    }

    @Test func longArticleNumberListsAreSplitIntoSeveralQueries() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 250)
            let client = harness.client()
            let numbers = (1...250).map { "ART-\($0)" }
            let found = try await blocking { try client.articles(ArticleQuery(articleNumbers: numbers)) }
            #expect(found.count == 250)
            #expect(harness.sandbox.requestCount("GET", "/articles") == 3)
        }
    }

    @Test func stockComesFromInventoryInfo() async throws {
        try await OngoingTestHarness.run { harness in
            let client = harness.client()
            _ = try await blocking { try client.upsertArticle(OngoingFactories.article("1009")) }
            harness.sandbox.setStock(articleNumber: "1009", numberOfItems: 11)
            _ = try await blocking { try client.upsertOrder(OngoingFactories.order("O1", lines: [("1009", 2)])) }
            let inventory = try #require(try await blocking { try client.article(number: "1009") }?.inventoryInfo)
            #expect(inventory.numberOfItems == 11)
            #expect(inventory.numberOfBookedItems == 2)
            #expect(inventory.sellableNumberOfItems == 9)
        }
    }

    @Test func recentCursorReadsOnlyChangedStock() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 3)
            let client = harness.client()
            let cursor = Date().addingTimeInterval(1)
            try await Task.sleep(for: .milliseconds(1100))
            harness.sandbox.setStock(articleNumber: "ART-2", numberOfItems: 42)
            let changes = try await blocking { try client.stockChanges(since: cursor) }
            #expect(changes.scope == .delta(since: cursor))
            #expect(changes.articles.compactMap(\.articleNumber) == ["ART-2"])
            let query = try #require(harness.sandbox.requests.last?.query)
            #expect(query.contains("stockInfoChangedFrom=") && query.contains("%2B00%3A00"))
        }
    }

    @Test func cursorOlderThanTwentyFourHoursFallsBackToAFullSweep() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 3)
            let client = harness.client()
            let stale = Date().addingTimeInterval(-25 * 3600)
            let changes = try await blocking { try client.stockChanges(since: stale) }
            #expect(changes.scope == .fullSweep(.cursorTooOld(stale)))
            #expect(changes.articles.count == 3)
            #expect(harness.sandbox.requests.allSatisfy { !$0.query.contains("stockInfoChangedFrom") })
        }
    }

    @Test func firstStockPollIsAFullSweep() {
        #expect(StockChangeScope.choose(cursor: nil, now: Date()) == .fullSweep(.noCursor))
    }

    @Test func cursorJustInsideTheWindowLeavesAMarginForClockSkew() {
        let now = Date()
        let justInside = now.addingTimeInterval(-StockChangeScope.deltaWindow + 1)
        let pastMargin = now.addingTimeInterval(-24 * 3600 + 60)
        #expect(StockChangeScope.choose(cursor: justInside, now: now) == .delta(since: justInside))
        #expect(StockChangeScope.choose(cursor: pastMargin, now: now) == .fullSweep(.cursorTooOld(pastMargin)))
    }

    @Test func inventoryAdjustmentsReportStockTaking() async throws {
        try await OngoingTestHarness.run { harness in
            harness.sandbox.addArticles(count: 1, stock: 10)
            harness.sandbox.setStock(articleNumber: "ART-1", numberOfItems: 8)
            let client = harness.client()
            let adjustments = try await blocking {
                try client.inventoryAdjustments(from: Date().addingTimeInterval(-60), to: Date().addingTimeInterval(60))
            }
            #expect(adjustments.first?.article?.articleNumber == "ART-1")
            #expect(adjustments.first?.inventoryAdjustments?.first?.numberOfItems == -2)
        }
    }
}
