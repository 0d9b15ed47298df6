import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Visma → Ongoing articles, end to end over loopback.
@Suite("Articles process against both sandboxes")
struct ArticlesProcessTests {
    @Test("every Visma goods article is upserted into Ongoing by number with its name; service articles are skipped")
    func upsertsGoodsAndSkipsServices() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            let summary = try await harness.runOnce(.articles)

            let vismaArticles = pair.visma.articles()
            let goods = vismaArticles.filter { !$0.isServiceArticle }
            #expect(summary.written == goods.count)
            #expect(Set(pair.ongoing.articles().map(\.articleNumber)) == Set(goods.map(\.number)))
            for article in goods {
                #expect(pair.ongoing.article(number: article.number)?.name == article.name)
            }
            for service in vismaArticles where service.isServiceArticle {
                #expect(pair.ongoing.article(number: service.number) == nil)
            }
        }
    }

    @Test("a changed Visma article is upserted again, and only that one")
    func changedArticleIsUpsertedAgain() async throws {
        try await SandboxPair.with { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let number = pair.goodsNumbers[2]
            let putsBefore = pair.ongoing.requestCount("PUT", "/articles")

            pair.visma.editArticle(number: number) { $0["Name"] = .string("Renamed in Visma") }
            let summary = try await harness.runOnce(.articles)

            #expect(summary.written == 1)
            #expect(pair.ongoing.requestCount("PUT", "/articles") == putsBefore + 1)
            #expect(pair.ongoing.article(number: number)?.name == "Renamed in Visma")
        }
    }
}
