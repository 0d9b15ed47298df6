import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Delta reads by modified-since cursors: equal timestamps, the overlap window, and the full
/// reconciliation that heals what deltas miss.
@Suite("Cursor edges")
struct CursorEdgeTests {
    /// Goods articles last changed well before `cursor`, so that restamping them earlier than
    /// the cursor still moves their timestamp forward (Visma's timestamps never go back).
    private func articlesChanged(before cursor: Date, in pair: SandboxPair) -> [String] {
        pair.visma.articles().filter { !$0.isServiceArticle && $0.changedUtc < cursor.addingTimeInterval(-2 * 3600) }.map(\.number)
    }

    @Test("articles changed at exactly the cursor's time, both with the same timestamp, are picked up by the next delta")
    func equalTimestampsAtTheCursorArePickedUp() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let cursor = try #require(try harness.processState(.articles)?.cursor)
            let (first, second) = (pair.goodsNumbers[0], pair.goodsNumbers[1])
            pair.visma.editArticle(number: first) { $0["Name"] = .string("Same second A") }
            pair.visma.editArticle(number: second) { $0["Name"] = .string("Same second B") }
            pair.visma.setArticleChangedUtc(number: first, to: cursor)
            pair.visma.setArticleChangedUtc(number: second, to: cursor)

            clock.advance(by: 30)
            let summary = try await harness.runOnce(.articles)

            #expect(summary.written == 2)
            #expect(pair.ongoing.article(number: first)?.name == "Same second A")
            #expect(pair.ongoing.article(number: second)?.name == "Same second B")
        }
    }

    @Test("a change stamped inside the overlap window before the cursor is picked up; one older than the window waits for the full reconciliation")
    func overlapWindowAndReconciliation() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let cursor = try #require(try harness.processState(.articles)?.cursor)
            let candidates = articlesChanged(before: cursor, in: pair)
            try #require(candidates.count >= 2)
            let (late, stale) = (candidates[0], candidates[1])
            pair.visma.editArticle(number: late) { $0["Name"] = .string("Late clock") }
            pair.visma.setArticleChangedUtc(number: late, to: cursor.addingTimeInterval(-60))
            pair.visma.editArticle(number: stale) { $0["Name"] = .string("Far behind") }
            pair.visma.setArticleChangedUtc(number: stale, to: cursor.addingTimeInterval(-3600))

            clock.advance(by: 30)
            let delta = try await harness.runOnce(.articles)
            #expect(delta.written == 1)
            #expect(pair.ongoing.article(number: late)?.name == "Late clock")
            #expect(pair.ongoing.article(number: stale)?.name != "Far behind")

            clock.advance(by: 25 * 3600)
            let sweep = try await harness.runOnce(.articles)
            #expect(sweep.written == 1)
            #expect(pair.ongoing.article(number: stale)?.name == "Far behind")
        }
    }

    @Test("items re-read inside the overlap window are not written again")
    func overlapDoesNotRewrite() async throws {
        let clock = EngineTestClock()
        try await SandboxPair.with(clock: clock) { pair in
            let harness = try pair.makeHarness()
            try await harness.runOnce(.articles)
            let number = pair.goodsNumbers[4]
            pair.visma.editArticle(number: number) { $0["Name"] = .string("Once") }
            clock.advance(by: 5)
            #expect(try await harness.runOnce(.articles).written == 1)
            let puts = pair.ongoing.requestCount("PUT", "/articles")

            clock.advance(by: 5)
            let again = try await harness.runOnce(.articles)

            #expect(again.written == 0)
            #expect(again.unchanged >= 1)
            #expect(pair.ongoing.requestCount("PUT", "/articles") == puts)
        }
    }
}
