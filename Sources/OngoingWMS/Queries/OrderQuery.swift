import Foundation

/// Filters of `GET /orders`, named as the API names them; paging (`orderIdFrom`,
/// `maxOrdersToGet`) is added by the client. Times are sent in UTC with an explicit offset.
public struct OrderQuery: Sendable, Equatable {
    /// Exactly this order number.
    public var orderNumber: String?
    /// Any of these order numbers (sent as a repeated key).
    public var orderNumbers: [String] = []
    /// Shipped at or after this time.
    public var shippedTimeFrom: Date?
    /// Shipped at or before this time.
    public var shippedTimeTo: Date?
    /// Status number at least this.
    public var orderStatusFrom: Int?
    /// Status number at most this.
    public var orderStatusTo: Int?
    /// Only orders with a line whose reported quantity is below its picked quantity.
    public var onlyOrdersWithOrderLinesToReport: Bool?
    /// Status changed at or after this time.
    public var orderStatusChangedTimeFrom: Date?
    /// Updated at or after this time; Ongoing accepts at most 2 days back.
    public var orderUpdatedTimeFrom: Date?
    /// Created at or after this time.
    public var orderCreatedTimeFrom: Date?
    /// Created at or before this time.
    public var orderCreatedTimeTo: Date?
    /// Picked at or after this time.
    public var lastPickingTimeFrom: Date?

    /// Creates a query; no filters means every order of the goods owner.
    public init(orderNumber: String? = nil, orderNumbers: [String] = [], shippedTimeFrom: Date? = nil, shippedTimeTo: Date? = nil,
                orderStatusFrom: Int? = nil, orderStatusTo: Int? = nil, onlyOrdersWithOrderLinesToReport: Bool? = nil,
                orderStatusChangedTimeFrom: Date? = nil, orderUpdatedTimeFrom: Date? = nil, orderCreatedTimeFrom: Date? = nil,
                orderCreatedTimeTo: Date? = nil, lastPickingTimeFrom: Date? = nil) {
        self.orderNumber = orderNumber
        self.orderNumbers = orderNumbers
        self.shippedTimeFrom = shippedTimeFrom
        self.shippedTimeTo = shippedTimeTo
        self.orderStatusFrom = orderStatusFrom
        self.orderStatusTo = orderStatusTo
        self.onlyOrdersWithOrderLinesToReport = onlyOrdersWithOrderLinesToReport
        self.orderStatusChangedTimeFrom = orderStatusChangedTimeFrom
        self.orderUpdatedTimeFrom = orderUpdatedTimeFrom
        self.orderCreatedTimeFrom = orderCreatedTimeFrom
        self.orderCreatedTimeTo = orderCreatedTimeTo
        self.lastPickingTimeFrom = lastPickingTimeFrom
    }

    func append(to query: inout OngoingQuery) {
        query.add("orderNumber", orderNumber)
        query.add("orderNumbers", each: orderNumbers)
        query.add("shippedTimeFrom", shippedTimeFrom)
        query.add("shippedTimeTo", shippedTimeTo)
        query.add("orderStatusFrom", orderStatusFrom)
        query.add("orderStatusTo", orderStatusTo)
        query.add("onlyOrdersWithOrderLinesToReport", onlyOrdersWithOrderLinesToReport)
        query.add("orderStatusChangedTimeFrom", orderStatusChangedTimeFrom)
        query.add("orderUpdatedTimeFrom", orderUpdatedTimeFrom)
        query.add("orderCreatedTimeFrom", orderCreatedTimeFrom)
        query.add("orderCreatedTimeTo", orderCreatedTimeTo)
        query.add("lastPickingTimeFrom", lastPickingTimeFrom)
    }
}
