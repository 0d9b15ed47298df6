import Foundation

/// Thread-safe inspection and set-up helpers for tests, benchmarks and the demo.
/// A nil `goodsOwnerId` means the first configured user's goods owner.
extension OngoingSandbox {
    /// The path of the REST base, e.g. `/demo/api/v1/`.
    public var apiPath: String { "/\(options.systemName)/api/v1/" }

    /// The REST base URL of a server of this sandbox listening on `port`.
    public func apiURL(port: Int) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(apiPath)")!
    }

    /// The customer directory base URL of a server of this sandbox listening on `port`.
    public func directoryURL(port: Int) -> URL {
        URL(string: "http://127.0.0.1:\(port)/directory/")!
    }

    /// Every order of the goods owner, in id order.
    public func orders(goodsOwnerId: Int? = nil) -> [OngoingSandboxOrder] {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        return warehouse.withLock { state in
            (state.orderIds[owner] ?? []).compactMap { state.orders[$0].map { OngoingSandboxOrder($0, articles: state.articles) } }
        }
    }

    /// The order `number` of the goods owner.
    public func order(number: String, goodsOwnerId: Int? = nil) -> OngoingSandboxOrder? {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        return warehouse.withLock { state in
            state.order(number: number, goodsOwnerId: owner).map { OngoingSandboxOrder($0, articles: state.articles) }
        }
    }

    /// How many `PUT /orders` calls named order `number`, refused ones included.
    public func putCount(orderNumber: String, goodsOwnerId: Int? = nil) -> Int {
        let key = OngoingWarehouse.NumberKey(goodsOwnerId: goodsOwnerId ?? defaultGoodsOwnerId, number: orderNumber)
        return warehouse.withLock { $0.orderPutCounts[key] ?? 0 }
    }

    /// The article `number` of the goods owner.
    public func article(number: String, goodsOwnerId: Int? = nil) -> OngoingSandboxArticle? {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        return warehouse.withLock { $0.article(number: number, goodsOwnerId: owner).map(OngoingSandboxArticle.init) }
    }

    /// Every article of the goods owner, in id order.
    public func articles(goodsOwnerId: Int? = nil) -> [OngoingSandboxArticle] {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        return warehouse.withLock { state in
            (state.articleIds[owner] ?? []).compactMap { state.articles[$0].map(OngoingSandboxArticle.init) }
        }
    }

    /// Sets the physical stock of article `number` (as a stock-taking would).
    public func setStock(articleNumber: String, goodsOwnerId: Int? = nil, numberOfItems: Decimal) {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        let now = options.now()
        warehouse.withLock { state in
            guard let article = state.article(number: articleNumber, goodsOwnerId: owner) else { return }
            state.adjustStock(articleId: article.articleSystemId, by: numberOfItems - article.numberOfItems, comment: "Stock-taking", now: now)
        }
    }

    /// Creates `count` articles `<prefix>1`, `<prefix>2`, … with `stock` items each (benchmarks).
    public func addArticles(count: Int, goodsOwnerId: Int? = nil, numberPrefix: String = "ART-", stock: Decimal = 100) {
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        let now = options.now()
        guard count > 0 else { return }
        warehouse.withLock { state in
            for index in 1...count {
                let number = "\(numberPrefix)\(index)"
                guard state.article(number: number, goodsOwnerId: owner) == nil else { continue }
                _ = state.insertArticle(goodsOwnerId: owner, number: number,
                                        fields: ["articleName": .string("Article \(index)")], stock: stock, now: now)
            }
        }
    }

    /// How many requests `method endpoint` the sandbox received, e.g. `("PUT", "/orders")`
    /// or `("GET", "/orders/{id}")`.
    public func requestCount(_ method: String, _ endpoint: String) -> Int {
        log.count("\(method) \(endpoint)")
    }

    /// Every request counted so far, keyed `METHOD /endpoint` (ids as `{id}`).
    public var requestCounts: [String: Int] { log.counts }

    /// The most recent requests (up to 10,000), oldest first.
    public var requests: [OngoingSandboxRequest] { log.recent }

    /// The most writes for the goods owner that were ever in flight at once.
    public func maxConcurrentWrites(goodsOwnerId: Int? = nil) -> Int {
        log.maxWritesInFlight(goodsOwnerId: goodsOwnerId ?? defaultGoodsOwnerId)
    }
}
