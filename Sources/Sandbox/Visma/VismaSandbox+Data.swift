import Foundation

extension VismaSandbox {
    /// How many articles exist.
    public var articleCount: Int { company.state.withLock { $0.articles.count } }

    /// How many orders exist.
    public var orderCount: Int { company.state.withLock { $0.orders.count } }

    /// Every article, in list order.
    public func articles() -> [ArticleSnapshot] {
        company.state.withLock { $0.articles.ordered }.map(ArticleSnapshot.init)
    }

    /// The article with `number`.
    public func article(number: String) -> ArticleSnapshot? {
        company.state.withLock { state in state.articleIDByNumber[number].flatMap { state.articles[$0] } }.map(ArticleSnapshot.init)
    }

    /// Every order, in list order.
    public func orders() -> [OrderSnapshot] {
        company.state.withLock { $0.orders.ordered }.map(OrderSnapshot.init)
    }

    /// The order with `number`.
    public func order(number: Int) -> OrderSnapshot? {
        company.state.withLock { state in state.orderIDByNumber[number].flatMap { state.orders[$0] } }.map(OrderSnapshot.init)
    }

    /// The customer with `id`, by its API field names.
    public func customer(id: UUID) -> [String: VismaJSON]? {
        company.state.withLock { $0.customers[id.uuidString] }
    }

    /// Every customer's id, in list order.
    public func customerIDs() -> [UUID] {
        company.state.withLock { $0.customers.ordered }.compactMap { $0["Id"]?.string.flatMap(UUID.init(uuidString:)) }
    }

    /// Creates an order as a merchant would in Visma (status 2 = ongoing by default); nil when
    /// an article number is unknown or there is no customer.
    @discardableResult
    public func createOrder(lines: [NewLine], customerID: UUID? = nil, status: Int = 2) -> OrderSnapshot? {
        let now = company.timestamp()
        return company.state.withLock { state -> [String: VismaJSON]? in
            var resolved: [(article: [String: VismaJSON], quantity: Decimal)] = []
            for line in lines {
                guard let article = state.articleIDByNumber[line.articleNumber].flatMap({ state.articles[$0] }) else { return nil }
                resolved.append((article, line.quantity))
            }
            return VismaCompany.addOrder(&state, now: now, customerID: customerID?.uuidString, lines: resolved, status: status)
                .flatMap { state.orders[$0] }
        }.map(OrderSnapshot.init)
    }

    /// Edits the order with `number` through its raw fields, as a merchant's change in Visma;
    /// `ModifiedUtc` and totals are updated. False when there is no such order.
    @discardableResult
    public func editOrder(number: Int, _ change: (inout [String: VismaJSON]) -> Void) -> Bool {
        let now = company.timestamp()
        return company.state.withLock { state in
            guard let id = state.orderIDByNumber[number], var order = state.orders[id] else { return false }
            change(&order)
            order["ModifiedUtc"] = .string(VismaTimestamp.utc(now))
            state.store(order: order)
            return true
        }
    }

    /// Sets the quantity of one row of an order (a merchant's edit).
    @discardableResult
    public func setOrderRowQuantity(number: Int, lineNumber: Int, quantity: Decimal) -> Bool {
        editOrder(number: number) { order in
            let rows = (order["Rows"]?.array ?? []).compactMap(\.object).map { row -> VismaJSON in
                var row = row
                if row["LineNumber"]?.decimal == Decimal(lineNumber) { row["Quantity"] = .number(quantity) }
                return .object(row)
            }
            order["Rows"] = .array(rows)
        }
    }

    /// Deletes the order with `number` (how an order is cancelled in Visma). False when it
    /// does not exist or is already shipped or invoiced.
    @discardableResult
    public func cancelOrder(number: Int) -> Bool {
        company.state.withLock { state in
            guard let id = state.orderIDByNumber[number], let status = state.orders[id]?["Status"]?.decimal, status < 3 else { return false }
            state.remove(orderID: id)
            return true
        }
    }

    /// Edits the article with `number` through its raw fields; `ChangedUtc` is updated unless
    /// the change sets it itself (to stage equal timestamps). False when there is no such article.
    @discardableResult
    public func editArticle(number: String, _ change: (inout [String: VismaJSON]) -> Void) -> Bool {
        let now = company.timestamp()
        return company.state.withLock { state in
            guard let id = state.articleIDByNumber[number], var article = state.articles[id] else { return false }
            let before = article["ChangedUtc"]
            change(&article)
            if article["ChangedUtc"] == before { article["ChangedUtc"] = .string(VismaTimestamp.utc(now)) }
            state.store(article: article)
            return true
        }
    }

    /// Sets an article's `ChangedUtc` exactly (for testing `gt`/`ge` at equal timestamps).
    @discardableResult
    public func setArticleChangedUtc(number: String, to date: Date) -> Bool {
        editArticle(number: number) { $0["ChangedUtc"] = .string(VismaTimestamp.utc(date)) }
    }
}
