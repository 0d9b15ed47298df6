import Foundation
import Synchronization

/// The emulated company: settings, articles, customers and orders, and the rules Visma
/// applies when they are written. All access goes through one lock.
final class VismaCompany: Sendable {
    let state: Mutex<State>
    private let now: @Sendable () -> Date

    struct State: Sendable {
        var settings: [String: VismaJSON]
        var stockModuleActive: Bool
        var articles = VismaRecordTable()
        var customers = VismaRecordTable()
        var orders = VismaRecordTable()
        var articleIDByNumber: [String: String] = [:]
        var orderIDByNumber: [Int: String] = [:]
        var nextOrderNumber = 1001
        var backordered: Set<String> = []
        var random: SeededGenerator

        /// Adds or replaces an article, keeping the number index right.
        mutating func store(article: [String: VismaJSON]) {
            guard let id = article["Id"]?.string else { return }
            if let old = articles[id]?["Number"]?.string { articleIDByNumber[old] = nil }
            if let number = article["Number"]?.string { articleIDByNumber[number] = id.lowercased() }
            articles[id] = article
        }

        /// Adds or replaces an order, keeping the number index right and totals computed.
        mutating func store(order: [String: VismaJSON]) {
            guard let id = order["Id"]?.string, let number = order["Number"]?.decimal else { return }
            var order = order
            VismaCompany.computeTotals(&order)
            orderIDByNumber[NSDecimalNumber(decimal: number).intValue] = id.lowercased()
            orders[id] = order
        }

        /// Removes an order.
        mutating func remove(orderID id: String) {
            guard let number = orders[id]?["Number"]?.decimal else { return }
            orderIDByNumber[NSDecimalNumber(decimal: number).intValue] = nil
            orders[id] = nil
        }
    }

    init(state: State, now: @escaping @Sendable () -> Date) {
        self.state = Mutex(state)
        self.now = now
    }

    /// The current time as served (whole milliseconds).
    func timestamp() -> Date { VismaTimestamp.truncated(now()) }

    /// The settings, with `ActivatedModules` reflecting the stock module switch.
    func settings() -> VismaJSON {
        state.withLock { state in
            var settings = state.settings
            var modules = ["api_standard", "sales_standard"]
            if state.stockModuleActive { modules.append("stock_standard") }
            settings["ActivatedModules"] = .array(modules.map(VismaJSON.string))
            settings["NextOrderNumber"] = .number(Decimal(state.nextOrderNumber))
            return .object(settings)
        }
    }

    /// A list page of `table`.
    func list(_ table: KeyPath<State, VismaRecordTable>, query: VismaListQuery) -> VismaJSON {
        let records = state.withLock { $0[keyPath: table].ordered }
        return query.page(of: records, serverTime: timestamp())
    }

    /// One record of `table`.
    func record(_ table: KeyPath<State, VismaRecordTable>, id: String, kind: String) throws(VismaAPIFailure) -> VismaJSON {
        guard let record = state.withLock({ $0[keyPath: table][id] }) else { throw .notFound("\(kind) \(id)") }
        return .object(record)
    }

    /// `PUT /v2/articles/{id}`: a full replace validated against `ArticleApi`. While the stock
    /// module is active, `StockBalance` is read-only: a PUT that changes it is refused with
    /// 400/2000 naming the field (sending back the current value is fine, as full-object PUTs do).
    func replaceArticle(id: String, body: [String: VismaJSON]) throws(VismaAPIFailure) -> VismaJSON {
        let problems = VismaModelRules.article.validate(body)
        guard problems.isEmpty else { throw .validation(problems) }
        let changed = VismaTimestamp.utc(timestamp())
        return try state.withLock { state throws(VismaAPIFailure) -> VismaJSON in
            guard let stored = state.articles[id] else { throw .notFound("Article \(id)") }
            var updated = VismaModelRules.article.replaced(stored, with: body)
            let oldBalance = stored["StockBalance"]?.decimal ?? 0
            let newBalance = updated["StockBalance"]?.decimal ?? 0
            if state.stockModuleActive, newBalance != oldBalance {
                throw .validation([VismaFieldProblem(field: "StockBalance", code: "ReadOnlyWhenStockModuleActive",
                                                     message: "StockBalance cannot be changed while the stock module is active.")])
            }
            if let number = updated["Number"]?.string, let owner = state.articleIDByNumber[number], owner != id.lowercased() {
                throw .refused(4000, "ConflictException - An article with number \(number) already exists.")
            }
            if state.stockModuleActive == false, newBalance != oldBalance {
                updated["StockBalanceManuallyChangedUtc"] = .string(changed)
                updated["StockBalanceAvailable"] = .number(newBalance - (updated["StockBalanceReserved"]?.decimal ?? 0))
            }
            updated["ChangedUtc"] = .string(changed)
            state.store(article: updated)
            return .object(updated)
        }
    }

    /// `PUT /v2/orders/{id}`: a full replace validated against `OrderApi`/`OrderRowApi`; rows
    /// keep their read-only fields by `Id`, new rows get ids, omitted rows are deleted.
    func replaceOrder(id: String, body: [String: VismaJSON]) throws(VismaAPIFailure) -> VismaJSON {
        let problems = VismaModelRules.order.validate(body)
        guard problems.isEmpty else { throw .validation(problems) }
        let modified = VismaTimestamp.utc(timestamp())
        return try state.withLock { state throws(VismaAPIFailure) -> VismaJSON in
            guard let stored = state.orders[id] else { throw .notFound("Order \(id)") }
            guard stored["Status"]?.decimal != 4 else {
                throw .refused(4002, "CanNotBeCreatedOrUpdatedException - An invoiced order cannot be changed.")
            }
            var updated = VismaModelRules.order.replaced(stored, with: body)
            let storedRows = Dictionary((stored["Rows"]?.array ?? []).compactMap(\.object).compactMap { row in
                row["Id"]?.string.map { ($0.lowercased(), row) }
            }, uniquingKeysWith: { first, _ in first })
            var rows: [VismaJSON] = []
            for (index, element) in (body.value(caseInsensitive: "Rows")?.array ?? []).enumerated() {
                guard let sent = element.object else { continue }
                let previous = sent.value(caseInsensitive: "Id")?.string.flatMap { storedRows[$0.lowercased()] } ?? [:]
                var row = VismaModelRules.orderRow.replaced(previous, with: sent)
                if row["Id"]?.string == nil { row["Id"] = .string(VismaRecordFactory.id(&state.random)) }
                try Self.resolveArticle(&row, index: index, articles: state.articles, byNumber: state.articleIDByNumber)
                rows.append(.object(row))
            }
            updated["Rows"] = .array(rows)
            updated["ModifiedUtc"] = .string(modified)
            state.store(order: updated)
            return .object(state.orders[id]!)
        }
    }

    /// `POST /v2/orders/{id}/completed`: an ongoing order (2) becomes shipped (3) today.
    func completeOrder(id: String) throws(VismaAPIFailure) -> VismaJSON {
        let now = timestamp()
        return try state.withLock { state throws(VismaAPIFailure) -> VismaJSON in
            guard var order = state.orders[id] else { throw .notFound("Order \(id)") }
            guard order["Status"]?.decimal == 2 else {
                throw .refused(4002, "CanNotBeCreatedOrUpdatedException - Only ongoing orders can be completed.")
            }
            order["Status"] = .number(3)
            order["ShippedDateTime"] = .string(VismaTimestamp.dateOnly(now))
            order["IsNotDelivered"] = .bool(false)
            order["ModifiedUtc"] = .string(VismaTimestamp.utc(now))
            state.store(order: order)
            return .object(state.orders[id]!)
        }
    }

    /// `POST /v2/orders/{id}/backorder`: for a shipped or invoiced order with rows delivered
    /// short, a new ongoing order for the rest; one backorder per order.
    func createBackorder(id: String) throws(VismaAPIFailure) -> VismaJSON {
        let now = timestamp()
        return try state.withLock { state throws(VismaAPIFailure) -> VismaJSON in
            guard let order = state.orders[id] else { throw .notFound("Order \(id)") }
            guard let status = order["Status"]?.decimal, status == 3 || status == 4 else {
                throw .refused(4002, "CanNotBeCreatedOrUpdatedException - A backorder needs a shipped or invoiced order.")
            }
            guard !state.backordered.contains(id.lowercased()) else {
                throw .refused(4002, "CanNotBeCreatedOrUpdatedException - The order already has a backorder.")
            }
            var rows: [[String: VismaJSON]] = []
            for row in (order["Rows"]?.array ?? []).compactMap(\.object) where row["IsTextRow"]?.bool != true {
                let rest = (row["Quantity"]?.decimal ?? 0) - (row["DeliveredQuantity"]?.decimal ?? 0)
                guard rest > 0 else { continue }
                var copy = row
                copy["Id"] = .string(VismaRecordFactory.id(&state.random))
                copy["LineNumber"] = .number(Decimal(rows.count + 1))
                copy["Quantity"] = .number(rest)
                copy["DeliveredQuantity"] = .number(0)
                rows.append(copy)
            }
            guard !rows.isEmpty else {
                throw .refused(4002, "CanNotBeCreatedOrUpdatedException - Every row is fully delivered; there is nothing to backorder.")
            }
            var backorder = order
            backorder["Id"] = .string(VismaRecordFactory.id(&state.random))
            backorder["Number"] = .number(Decimal(state.nextOrderNumber))
            state.nextOrderNumber += 1
            backorder["Status"] = .number(2)
            backorder["ShippedDateTime"] = .null
            backorder["IsNotDelivered"] = .bool(true)
            backorder["CreatedUtc"] = .string(VismaTimestamp.utc(now))
            backorder["ModifiedUtc"] = .string(VismaTimestamp.utc(now))
            backorder["OrderDate"] = .string(VismaTimestamp.dateOnly(now))
            backorder["Rows"] = .array(rows.map(VismaJSON.object))
            state.backordered.insert(id.lowercased())
            state.store(order: backorder)
            return .object(state.orders[backorder["Id"]!.string!]!)
        }
    }

    /// `DELETE /v2/orders/{id}`: shipped and invoiced orders cannot be deleted.
    func deleteOrder(id: String) throws(VismaAPIFailure) {
        try state.withLock { state throws(VismaAPIFailure) in
            guard let order = state.orders[id] else { throw .notFound("Order \(id)") }
            guard let status = order["Status"]?.decimal, status < 3 else {
                throw .refused(4001, "CanNotBeDeletedException - Shipped or invoiced orders cannot be deleted.")
            }
            state.remove(orderID: id)
        }
    }

    /// Fills a written row's article fields from `ArticleId` (or `ArticleNumber`).
    private static func resolveArticle(_ row: inout [String: VismaJSON], index: Int, articles: VismaRecordTable,
                                       byNumber: [String: String]) throws(VismaAPIFailure) {
        if row["IsTextRow"]?.bool == true {
            row["ArticleId"] = .null
            row["ArticleNumber"] = .null
            row["IsServiceArticle"] = .bool(false)
            row["UnitId"] = .null
            return
        }
        let article = row["ArticleId"]?.string.flatMap { articles[$0] }
            ?? row["ArticleNumber"]?.string.flatMap { byNumber[$0] }.flatMap { articles[$0] }
        guard let article else {
            throw .validation([VismaFieldProblem(field: "Rows[\(index)].ArticleId", code: "NotFound",
                                                 message: "The article of row \(index + 1) does not exist.")])
        }
        row["ArticleId"] = article["Id"]
        row["ArticleNumber"] = article["Number"]
        row["IsServiceArticle"] = article["IsServiceArticle"]
        row["UnitId"] = article["UnitId"]
    }

    /// Recomputes row amounts and the order's totals (25 % VAT), as Visma does on every write.
    static func computeTotals(_ order: inout [String: VismaJSON]) {
        var amount: Decimal = 0
        var delivered: Decimal = 0
        let rows = (order["Rows"]?.array ?? []).compactMap(\.object).map { row -> VismaJSON in
            var row = row
            let price = row["UnitPrice"]?.decimal ?? 0
            let factor = 1 - (row["DiscountPercentage"]?.decimal ?? 0)
            let rowAmount = ((row["Quantity"]?.decimal ?? 0) * price * factor).roundedSandbox(scale: 2)
            row["Amount"] = .number(rowAmount)
            amount += rowAmount
            delivered += ((row["DeliveredQuantity"]?.decimal ?? 0) * price * factor).roundedSandbox(scale: 2)
            return .object(row)
        }
        order["Rows"] = .array(rows)
        order["Amount"] = .number(amount)
        order["VatAmount"] = .number((amount * 0.25).roundedSandbox(scale: 2))
        order["RoundingsAmount"] = .number(0)
        order["DeliveredAmount"] = .number(delivered)
        order["DeliveredVatAmount"] = .number((delivered * 0.25).roundedSandbox(scale: 2))
        order["DeliveredRoundingsAmount"] = .number(0)
    }
}
