/// What a successful `PUT /orders` established.
public struct OrderUpsertResult: Sendable, Equatable {
    /// The warehouse's id of the order.
    public let orderId: Int
    /// The warehouse's report, e.g. "Order number 1042 created/updated".
    public let message: String?
    /// True when the answer was 201 (created) rather than 200 (updated).
    public let created: Bool
}
