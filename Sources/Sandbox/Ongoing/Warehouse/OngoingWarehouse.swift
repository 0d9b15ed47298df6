import Foundation

/// The whole state of one sandbox Ongoing system: articles and orders per goods owner, with
/// indexes by id and by number so that lookups and paging stay fast at benchmark sizes.
///
/// A value type kept behind the sandbox's `Mutex`; every operation is a synchronous mutation.
struct OngoingWarehouse: Sendable {
    /// A goods owner's business key.
    struct NumberKey: Hashable, Sendable {
        let goodsOwnerId: Int
        let number: String
    }

    var random: SeededGenerator
    var shortPickRate: Double
    var localisedStatuses: Bool
    /// Stock a newly created article starts with (random in the range).
    var newArticleStock: ClosedRange<Int>

    private(set) var articles: [Int: SandboxArticle] = [:]
    /// Article ids in ascending order, per goods owner (ids only grow, so appending keeps order).
    private(set) var articleIds: [Int: [Int]] = [:]
    private(set) var articleIdByNumber: [NumberKey: Int] = [:]
    private(set) var orders: [Int: SandboxOrder] = [:]
    private(set) var orderIds: [Int: [Int]] = [:]
    private(set) var orderIdByNumber: [NumberKey: Int] = [:]
    /// Orders the simulated warehouse still moves (not collected, not cancelled).
    private(set) var activeOrderIds: Set<Int> = []
    /// `PUT /orders` calls received per order number, refused ones included.
    var orderPutCounts: [NumberKey: Int] = [:]

    private var nextArticleId = 18_000
    private var nextOrderId = 50_000
    var nextLineId = 48_000
    var nextItemId = 59_000
    var nextParcelId = 200
    private var nextInventoryId = 100
    /// Stock corrections in the order they were made.
    private(set) var adjustments: [SandboxAdjustment] = []

    init(seed: UInt64, shortPickRate: Double, localisedStatuses: Bool, newArticleStock: ClosedRange<Int>) {
        random = SeededGenerator(seed: seed)
        self.shortPickRate = shortPickRate
        self.localisedStatuses = localisedStatuses
        self.newArticleStock = newArticleStock
    }

    // MARK: Articles

    /// Adds a new article and indexes it.
    mutating func insertArticle(goodsOwnerId: Int, number: String, fields: [String: OngoingJSONValue], stock: Decimal, now: Date) -> Int {
        let id = nextArticleId
        nextArticleId += 1
        articles[id] = SandboxArticle(articleSystemId: id, goodsOwnerId: goodsOwnerId, articleNumber: number, fields: fields,
                                      numberOfItems: stock, lastInDate: stock > 0 ? now : nil, stockChangedAt: now, dataUpdatedAt: now)
        articleIds[goodsOwnerId, default: []].append(id)
        articleIdByNumber[NumberKey(goodsOwnerId: goodsOwnerId, number: number)] = id
        return id
    }

    /// The article `number` of `goodsOwnerId`.
    func article(number: String, goodsOwnerId: Int) -> SandboxArticle? {
        articleIdByNumber[NumberKey(goodsOwnerId: goodsOwnerId, number: number)].flatMap { articles[$0] }
    }

    /// Changes an article's physical stock (never below zero) and stamps the change.
    mutating func changeStock(articleId: Int, by delta: Decimal, now: Date) {
        guard var article = articles[articleId] else { return }
        let updated = max(0, article.numberOfItems + delta)
        guard updated != article.numberOfItems else { return }
        if updated > article.numberOfItems { article.lastInDate = now }
        article.numberOfItems = updated
        article.stockChangedAt = now
        articles[articleId] = article
    }

    /// Corrects an article's stock as a stock-taking does, recording the adjustment.
    mutating func adjustStock(articleId: Int, by delta: Decimal, comment: String, now: Date) {
        guard let before = articles[articleId]?.numberOfItems else { return }
        changeStock(articleId: articleId, by: delta, now: now)
        let applied = (articles[articleId]?.numberOfItems ?? before) - before
        guard applied != 0 else { return }
        adjustments.append(SandboxAdjustment(inventoryId: nextInventoryId, articleSystemId: articleId, numberOfItems: applied, time: now, comment: comment))
        nextInventoryId += 1
    }

    /// Replaces an article's descriptive fields.
    mutating func updateArticleFields(articleId: Int, _ fields: [String: OngoingJSONValue], now: Date) {
        articles[articleId]?.fields.merge(fields) { $1 }
        articles[articleId]?.dataUpdatedAt = now
    }

    // MARK: Orders

    /// Adds a new order and indexes it.
    mutating func insertOrder(_ make: (_ orderId: Int) -> SandboxOrder, now: Date) -> Int {
        let id = nextOrderId
        nextOrderId += 1
        let order = make(id)
        orders[id] = order
        orderIds[order.goodsOwnerId, default: []].append(id)
        orderIdByNumber[NumberKey(goodsOwnerId: order.goodsOwnerId, number: order.orderNumber)] = id
        applyDemand(from: [:], to: order.demand, now: now)
        if order.status < OngoingStatusCatalogue.collected { activeOrderIds.insert(id) }
        return id
    }

    /// The order `number` of `goodsOwnerId`.
    func order(number: String, goodsOwnerId: Int) -> SandboxOrder? {
        orderIdByNumber[NumberKey(goodsOwnerId: goodsOwnerId, number: number)].flatMap { orders[$0] }
    }

    /// Changes an order, keeping the articles' demand figures, the status change time and the
    /// set of active orders in step with it.
    mutating func modifyOrder(_ id: Int, now: Date, _ change: (inout SandboxOrder) -> Void) {
        guard var order = orders[id] else { return }
        let before = order.demand
        let statusBefore = order.status
        change(&order)
        order.updatedAt = now
        if order.status != statusBefore { order.statusChangedAt = now }
        orders[id] = order
        applyDemand(from: before, to: order.demand, now: now)
        if order.status >= OngoingStatusCatalogue.collected { activeOrderIds.remove(id) } else { activeOrderIds.insert(id) }
    }

    private mutating func applyDemand(from before: [Int: ArticleDemand], to after: [Int: ArticleDemand], now: Date) {
        for articleId in Set(before.keys).union(after.keys) {
            let delta = after[articleId, default: ArticleDemand()] + -before[articleId, default: ArticleDemand()]
            guard delta != ArticleDemand(), var article = articles[articleId] else { continue }
            article.demand = article.demand + delta
            article.stockChangedAt = now
            articles[articleId] = article
        }
    }

    /// A fresh line id.
    mutating func makeLineId() -> Int {
        defer { nextLineId += 1 }
        return nextLineId
    }
}
