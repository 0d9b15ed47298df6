import Foundation

extension VismaClient {
    /// Every order matching `status` and modified after `watermark` (either may be nil), across
    /// all pages: `$filter=Status eq N and ModifiedUtc gt …`.
    public func orders(status: VismaOrderStatus? = nil, modifiedAfter watermark: Date? = nil,
                       pageSize: Int = defaultPageSize) throws -> VismaListing<VismaOrder> {
        let clauses = [status.map(VismaFilter.status), watermark.map(VismaFilter.modified(after:))].compactMap { $0 }
        let filter = clauses.dropFirst().reduce(clauses.first) { $0?.and($1) }
        return try all(.orders, filter: filter, pageSize: pageSize)
    }

    /// `GET /v2/orders/{id}`.
    public func order(id: UUID) throws -> VismaOrder {
        try orderCall("GET", "/orders/{id}", id: id)
    }

    /// `PUT /v2/orders/{id}`: replaces the order with `order`'s complete object (rows and
    /// fields as read, with our changes); returns the order as Visma stored it.
    public func updateOrder(_ order: VismaOrder) throws -> VismaOrder {
        guard let id = order.id else {
            throw VismaError(classification: .permanent, message: "order \(order.number.map(String.init) ?? "?") has no Id; read it from Visma before updating")
        }
        return try orderCall("PUT", "/orders/{id}", id: id, body: try body(order.json))
    }

    /// `POST /v2/orders/{id}/completed`: marks an ongoing order as shipped.
    public func completeOrder(id: UUID) throws -> VismaOrder {
        try orderCall("POST", "/orders/{id}/completed", id: id)
    }

    /// `POST /v2/orders/{id}/backorder`: a new order for what a shipped order did not deliver.
    public func createBackorder(id: UUID) throws -> VismaOrder {
        try orderCall("POST", "/orders/{id}/backorder", id: id)
    }

    private func orderCall(_ method: String, _ template: String, id: UUID, body: Data? = nil) throws -> VismaOrder {
        let path = template.replacingOccurrences(of: "{id}", with: id.uuidString.lowercased())
        let data = try call(method, template, path: path, body: body)
        return VismaOrder(json: try object(from: data, endpoint: "\(method) \(template)"))
    }
}
