import Foundation

/// The result of a stock poll: the articles read, and whether it was a delta or a full sweep.
public struct StockChanges: Sendable {
    /// The articles read, each with its `inventoryInfo`.
    public let articles: [GetArticleModel]
    /// What was read; a full sweep means the caller should treat absent articles as unchanged
    /// and may reconcile everything.
    public let scope: StockChangeScope
    /// When the poll started: the next cursor, once these articles are durably processed.
    public let startedAt: Date
}
