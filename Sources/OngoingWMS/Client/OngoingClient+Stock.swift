import Foundation

/// Stock balances: `inventoryInfo` of `GET /articles`, as a delta or a full sweep.
extension OngoingClient {
    /// The articles whose stock changed since `cursor`, or every article when the cursor is
    /// missing, older than Ongoing's 24-hour window, or refused; ``StockChanges/scope`` says which.
    public func stockChanges(since cursor: Date?, pageSize: Int = 1000) throws -> StockChanges {
        let startedAt = pacing.clock.now()
        let scope = StockChangeScope.choose(cursor: cursor, now: startedAt)
        guard case .delta(let since) = scope else {
            return StockChanges(articles: try articles(pageSize: pageSize), scope: scope, startedAt: startedAt)
        }
        do {
            let changed = try articles(ArticleQuery(stockInfoChangedFrom: since), pageSize: pageSize)
            return StockChanges(articles: changed, scope: scope, startedAt: startedAt)
        } catch OngoingError.rejected(400, let message) {
            let all = try articles(pageSize: pageSize)
            return StockChanges(articles: all, scope: .fullSweep(.deltaRefused(message: message)), startedAt: startedAt)
        }
    }
}
