import Foundation

/// One page of a Visma list (`PaginatedResponse`): the items and the `Meta` block.
public struct VismaPage<Item: Sendable>: Sendable {
    /// The items on this page.
    public var items: [Item]
    /// The paging metadata.
    public var meta: VismaPageMeta

    /// Creates a page.
    public init(items: [Item], meta: VismaPageMeta) {
        self.items = items
        self.meta = meta
    }
}

/// `Meta` of a list answer.
public struct VismaPageMeta: Sendable, Equatable {
    /// The 1-based number of this page.
    public var currentPage: Int
    /// The page size the server used.
    public var pageSize: Int
    /// How many pages the whole result has.
    public var totalNumberOfPages: Int
    /// How many items the whole result has.
    public var totalNumberOfResults: Int
    /// The server's clock when it answered: the next modified-since watermark.
    public var serverTimeUtc: Date

    /// Creates metadata.
    public init(currentPage: Int, pageSize: Int, totalNumberOfPages: Int, totalNumberOfResults: Int, serverTimeUtc: Date) {
        self.currentPage = currentPage
        self.pageSize = pageSize
        self.totalNumberOfPages = totalNumberOfPages
        self.totalNumberOfResults = totalNumberOfResults
        self.serverTimeUtc = serverTimeUtc
    }
}

/// Every item of a list across all its pages, with the watermark for the next poll.
public struct VismaListing<Item: Sendable>: Sendable {
    /// The items of all pages, in the server's order.
    public var items: [Item]
    /// `Meta.ServerTimeUtc` of the first page: anything changed after it shows up next time.
    public var watermark: Date
}
