import Foundation

/// Filters of `GET /articles`; paging (`articleSystemIdFrom`, `maxArticlesToGet`) is added
/// by the client.
public struct ArticleQuery: Sendable, Equatable {
    /// Exactly this article number.
    public var articleNumber: String?
    /// Any of these article numbers (sent as a repeated key).
    public var articleNumbers: [String] = []
    /// Only articles whose stock changed after this time; Ongoing accepts at most 24 h back.
    public var stockInfoChangedFrom: Date?
    /// Only articles whose data changed after this time.
    public var articleDataLastUpdatedFrom: Date?
    /// Only articles with physical stock.
    public var onlyArticlesInStock: Bool?

    /// Creates a query; no filters means every article of the goods owner.
    public init(articleNumber: String? = nil, articleNumbers: [String] = [], stockInfoChangedFrom: Date? = nil,
                articleDataLastUpdatedFrom: Date? = nil, onlyArticlesInStock: Bool? = nil) {
        self.articleNumber = articleNumber
        self.articleNumbers = articleNumbers
        self.stockInfoChangedFrom = stockInfoChangedFrom
        self.articleDataLastUpdatedFrom = articleDataLastUpdatedFrom
        self.onlyArticlesInStock = onlyArticlesInStock
    }

    func append(to query: inout OngoingQuery) {
        query.add("articleNumber", articleNumber)
        query.add("articleNumbers", each: articleNumbers)
        query.add("stockInfoChangedFrom", stockInfoChangedFrom)
        query.add("articleDataLastUpdatedFrom", articleDataLastUpdatedFrom)
        query.add("onlyArticlesInStock", onlyArticlesInStock)
    }
}
