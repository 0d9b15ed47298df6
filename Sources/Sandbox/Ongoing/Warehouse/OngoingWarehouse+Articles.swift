import Foundation

/// Filters of `GET /articles` as the sandbox applies them.
struct ArticleFilter: Sendable {
    var articleNumbers: [String] = []
    var idFrom: Int?
    var maxCount: Int?
    var stockInfoChangedFrom: Date?
    var articleDataLastUpdatedFrom: Date?
    var onlyArticlesInStock = false

    func matches(_ article: SandboxArticle) -> Bool {
        if let from = stockInfoChangedFrom, article.stockChangedAt < from { return false }
        if let from = articleDataLastUpdatedFrom, article.dataUpdatedAt < from { return false }
        if onlyArticlesInStock, article.numberOfItems <= 0 { return false }
        return true
    }
}

/// Articles: upsert by number and paged search.
extension OngoingWarehouse {
    /// `PUT /articles`: creates or updates the article named in `body`.
    mutating func putArticle(_ body: OngoingJSONValue, goodsOwnerId: Int, now: Date) throws(OngoingSandboxFailure) -> (id: Int, message: String) {
        guard let number = body["articleNumber"]?.text, !number.isEmpty else { throw .badRequest("articleNumber is required.") }
        let fields = try OngoingFieldSchema.article.read(body)
        let id: Int
        if let existing = article(number: number, goodsOwnerId: goodsOwnerId) {
            id = existing.articleSystemId
            updateArticleFields(articleId: id, fields, now: now)
        } else {
            let stock = Decimal(Int.random(in: newArticleStock, using: &random))
            id = insertArticle(goodsOwnerId: goodsOwnerId, number: number, fields: fields, stock: stock, now: now)
        }
        let name = articles[id]?.name ?? ""
        return (id, "Article \(number) \(name) Updated/Created")
    }

    /// `GET /articles`: the matching articles of `goodsOwnerId` in ascending id order.
    func findArticles(goodsOwnerId: Int, filter: ArticleFilter) -> [SandboxArticle] {
        let limit = filter.maxCount ?? Int.max
        guard limit > 0 else { return [] }
        let candidates: ArraySlice<Int>
        if filter.articleNumbers.isEmpty {
            let ids = articleIds[goodsOwnerId] ?? []
            candidates = ids[ids.firstIndex(notBelow: filter.idFrom ?? Int.min)...]
        } else {
            let ids = Set(filter.articleNumbers.compactMap { articleIdByNumber[NumberKey(goodsOwnerId: goodsOwnerId, number: $0)] })
            candidates = ArraySlice(ids.filter { $0 >= filter.idFrom ?? Int.min }.sorted())
        }
        var result: [SandboxArticle] = []
        for id in candidates {
            guard let article = articles[id], filter.matches(article) else { continue }
            result.append(article)
            if result.count == limit { break }
        }
        return result
    }
}

extension Array where Element == Int {
    /// The index of the first element ≥ `value` in an ascending array (binary search).
    func firstIndex(notBelow value: Int) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
