import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Ongoing → Visma stock balances, end to end over loopback.
@Suite("Stock process against both sandboxes")
struct StockProcessTests {
    @Test("Visma's StockBalance becomes Ongoing's sellable figure, written only where it differs")
    func writesSellableFigureOnlyWhereItDiffers() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let goods = pair.goodsNumbers
            // One article already agrees with Ongoing; its balance must not be written.
            pair.visma.editArticle(number: goods[0]) { $0["StockBalance"] = .number(100) }
            pair.ongoing.setStock(articleNumber: goods[1], numberOfItems: 42)
            let putsBefore = pair.visma.requestCount("PUT /v2/articles/{id}")

            let summary = try await harness.runOnce(.stock)

            for article in pair.ongoing.articles() {
                #expect(pair.visma.article(number: article.articleNumber)?.stockBalance == article.sellableNumberOfItems, "\(article.articleNumber)")
            }
            #expect(pair.visma.article(number: goods[1])?.stockBalance == 42)
            let differing = pair.ongoing.articles().count - 1
            #expect(summary.written == differing)
            #expect(pair.visma.requestCount("PUT /v2/articles/{id}") - putsBefore == differing)
        }
    }

    @Test("with the physical figure chosen, open-order demand does not lower the written balance")
    func physicalFigureIgnoresDemand() async throws {
        try await SandboxPair.with(configure: { $0.stock.figure = .physical }) { pair in
            let goods = pair.goodsNumbers
            try pair.createOrder([(goods[0], 7)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()

            let ongoing = try #require(pair.ongoing.article(number: goods[0]))
            #expect(ongoing.sellableNumberOfItems == 93)
            #expect(pair.visma.article(number: goods[0])?.stockBalance == ongoing.numberOfItems)
            #expect(ongoing.numberOfItems == 100)
        }
    }

    @Test("a later change in Ongoing reaches Visma through the delta, and nothing else is written")
    func deltaCarriesLaterChange() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            let number = pair.goodsNumbers[3]
            pair.ongoing.setStock(articleNumber: number, numberOfItems: 7)
            let putsBefore = pair.visma.requestCount("PUT /v2/articles/{id}")

            let summary = try await harness.runOnce(.stock)

            #expect(summary.written == 1)
            #expect(pair.visma.requestCount("PUT /v2/articles/{id}") == putsBefore + 1)
            #expect(pair.visma.article(number: number)?.stockBalance == 7)
        }
    }

    @Test("with Visma's stock module active the process is unavailable, says why, and writes nothing")
    func stockModuleMakesProcessUnavailable() async throws {
        try await SandboxPair.with(visma: { $0.stockModuleActive = true }) { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let summary = try await harness.runOnce(.stock)

            #expect(summary.unavailable?.contains("stock module") == true)
            let state = try #require(try harness.processState(.stock))
            #expect(state.state == .unavailable)
            #expect(state.lastError?.contains("stock module") == true)
            #expect(pair.visma.requestCount("PUT /v2/articles/{id}") == 0)
            let status = try harness.status()
            #expect(status.processes.first { $0.state.process == .stock }?.state.state == .unavailable)
        }
    }
}
