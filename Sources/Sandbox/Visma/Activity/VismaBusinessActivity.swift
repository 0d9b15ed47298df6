import Foundation

/// One simulated business event in the company: what merchants do in Visma all day.
enum VismaBusinessEvent: String, Sendable, CaseIterable {
    /// A new ongoing order.
    case newOrder
    /// A quantity change or an added row on an ongoing order.
    case editOrder
    /// An ongoing order deleted (Visma has no cancel status).
    case cancelOrder
    /// A price or name change on an article.
    case editArticle
}

extension VismaCompany {
    /// Performs one seeded business event and reports which.
    @discardableResult
    func performBusinessEvent() -> VismaBusinessEvent {
        let now = timestamp()
        return state.withLock { state in
            let roll = Int.random(in: 0..<100, using: &state.random)
            let ongoing = state.orders.ordered.filter { $0["Status"]?.decimal == 2 }
            switch roll {
            case ..<45:
                Self.addOrder(&state, now: now)
                return .newOrder
            case ..<75 where !ongoing.isEmpty:
                var order = ongoing.randomElement(using: &state.random)!
                var rows = (order["Rows"]?.array ?? []).compactMap(\.object)
                if let index = rows.indices.filter({ rows[$0]["IsTextRow"]?.bool == false }).randomElement(using: &state.random),
                   Bool.random(using: &state.random) {
                    rows[index]["Quantity"] = .number(Decimal(Int.random(in: 1...15, using: &state.random)))
                } else {
                    let goods = Self.activeGoods(state)
                    if let article = goods.randomElement(using: &state.random) {
                        let line = (rows.compactMap { $0["LineNumber"]?.decimal }.max() ?? 0) + 1
                        rows.append(VismaRecordFactory.row(id: VismaRecordFactory.id(&state.random),
                                                           lineNumber: NSDecimalNumber(decimal: line).intValue, article: article, text: nil,
                                                           quantity: Decimal(Int.random(in: 1...5, using: &state.random)), delivered: 0))
                    }
                }
                order["Rows"] = .array(rows.map(VismaJSON.object))
                order["ModifiedUtc"] = .string(VismaTimestamp.utc(now))
                state.store(order: order)
                return .editOrder
            case ..<85 where !ongoing.isEmpty:
                let order = ongoing.randomElement(using: &state.random)!
                state.remove(orderID: order["Id"]!.string!)
                return .cancelOrder
            default:
                guard var article = state.articles.ordered.randomElement(using: &state.random) else { return .editArticle }
                let net = VismaRecordFactory.money(12...1800, &state.random)
                article["NetPrice"] = .number(net)
                article["NetPriceWithDiscount"] = .number(net)
                article["GrossPrice"] = .number((net * 1.25).roundedSandbox(scale: 2))
                article["ChangedUtc"] = .string(VismaTimestamp.utc(now))
                state.store(article: article)
                return .editArticle
            }
        }
    }

    /// Adds an order for a random customer with random goods rows, or for the given lines.
    @discardableResult
    static func addOrder(_ state: inout State, now: Date, customerID: String? = nil,
                         lines: [(article: [String: VismaJSON], quantity: Decimal)]? = nil, status: Int = 2) -> String? {
        let customers = state.customers.ordered
        guard let customer = customerID.flatMap({ state.customers[$0] }) ?? customers.randomElement(using: &state.random) else { return nil }
        let rows: [[String: VismaJSON]]
        if let lines {
            rows = lines.enumerated().map { index, line in
                VismaRecordFactory.row(id: VismaRecordFactory.id(&state.random), lineNumber: index + 1, article: line.article,
                                       text: nil, quantity: line.quantity, delivered: 0)
            }
        } else {
            let goods = activeGoods(state)
            guard !goods.isEmpty else { return nil }
            rows = VismaSeeder.orderRows(goods: goods, services: [], shipped: false, &state.random)
        }
        let id = VismaRecordFactory.id(&state.random)
        let record = VismaRecordFactory.order(id: id, number: state.nextOrderNumber, customer: customer, status: status,
                                              created: now, modified: now, rows: rows, &state.random)
        state.nextOrderNumber += 1
        state.store(order: record)
        return id
    }

    private static func activeGoods(_ state: State) -> [[String: VismaJSON]] {
        state.articles.ordered.filter { $0["IsServiceArticle"]?.bool == false && $0["IsActive"]?.bool == true }
    }
}
