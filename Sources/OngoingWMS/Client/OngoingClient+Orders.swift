import APITransport
import Foundation

/// Orders: upsert by order number, search, cancel, report picked quantities, statuses.
extension OngoingClient {
    /// Creates or updates the order `order.orderNumber` (`PUT /orders`).
    ///
    /// Ongoing refuses (``OngoingError/rejected(status:message:)``) once the warehouse has
    /// started working on the order; a 2xx without `orderId` throws
    /// ``OngoingError/missingIdentifier(message:)``.
    public func upsertOrder(_ order: PostOrderModel) throws -> OrderUpsertResult {
        let endpoint = Endpoint(method: "PUT", template: "/orders", path: "orders")
        let response = try send(endpoint, body: try encode(order), goodsOwnerId: order.goodsOwnerId)
        let answer = try decode(PostOrderResponse.self, from: response)
        guard let id = answer.orderId else { throw OngoingError.missingIdentifier(message: answer.message ?? "") }
        return OrderUpsertResult(orderId: id, message: answer.message, created: response.status == 201)
    }

    /// One page of `GET /orders` from `orderIdFrom` (inclusive), at most `pageSize` orders.
    public func orderPage(_ query: OrderQuery = OrderQuery(), from orderIdFrom: Int? = nil, pageSize: Int = 500) throws -> OngoingPage<GetOrderModel> {
        var parameters = OngoingQuery()
        parameters.add("goodsOwnerId", configuration.goodsOwnerId)
        query.append(to: &parameters)
        parameters.add("orderIdFrom", orderIdFrom)
        parameters.add("maxOrdersToGet", pageSize)
        let response = try send(Endpoint(method: "GET", template: "/orders", path: "orders"), query: parameters)
        let orders = try decode([GetOrderModel].self, from: response)
        return .following(orders, pageSize: pageSize, idFrom: orderIdFrom) { $0.orderInfo?.orderId }
    }

    /// Every order matching `query`, read page by page; long `orderNumbers` lists are split.
    public func orders(_ query: OrderQuery = OrderQuery(), pageSize: Int = 500) throws -> [GetOrderModel] {
        guard query.orderNumbers.count > Self.numbersPerQuery else {
            return try allPages(pageSize: pageSize) { try orderPage(query, from: $0, pageSize: pageSize) }
        }
        return try stride(from: 0, to: query.orderNumbers.count, by: Self.numbersPerQuery).flatMap { start in
            var chunk = query
            chunk.orderNumbers = Array(query.orderNumbers[start..<min(start + Self.numbersPerQuery, query.orderNumbers.count)])
            return try orders(chunk, pageSize: pageSize)
        }
    }

    /// The order with the warehouse id `id` (`GET /orders/{id}`).
    public func order(id: Int) throws -> GetOrderModel {
        let response = try send(Endpoint(method: "GET", template: "/orders/{orderId}", path: "orders/\(id)"))
        return try decode(GetOrderModel.self, from: response)
    }

    /// The order with `number`, or nil when the goods owner has none.
    public func order(number: String) throws -> GetOrderModel? {
        try orderPage(OrderQuery(orderNumber: number), pageSize: 1).items.first { $0.orderInfo?.orderNumber == number }
    }

    /// Cancels the order `id` (`DELETE /orders/{id}`); refused once the warehouse has started on it.
    @discardableResult
    public func cancelOrder(id: Int) throws -> PostOrderResponse {
        let response = try send(Endpoint(method: "DELETE", template: "/orders/{orderId}", path: "orders/\(id)"))
        return response.body.withoutByteOrderMark.isEmpty ? PostOrderResponse(orderId: id, message: nil) : try decode(PostOrderResponse.self, from: response)
    }

    /// Marks every line of order `id` as reported up to its picked quantity
    /// (`PATCH /orders/{id}/setReportedNumberOfItemsToPickedNumberOfItems`).
    public func markPickedItemsReported(orderId id: Int) throws {
        let endpoint = Endpoint(method: "PATCH", template: "/orders/{orderId}/setReportedNumberOfItemsToPickedNumberOfItems",
                                path: "orders/\(id)/setReportedNumberOfItemsToPickedNumberOfItems")
        _ = try send(endpoint)
    }

    /// The warehouse's own status list (`GET /orders/statuses`), for thresholds and display.
    public func orderStatuses() throws -> [OrderStatus] {
        let response = try send(Endpoint(method: "GET", template: "/orders/statuses", path: "orders/statuses"))
        return try decode(OrderStatusList.self, from: response).orderStatuses ?? []
    }
}
