/// The answer to `PUT /orders` and `DELETE /orders/{id}`: `{orderId, message}`.
public struct PostOrderResponse: Codable, Sendable, Equatable {
    /// The warehouse's id of the order; null on a 2xx means the order was not saved.
    public var orderId: Int?
    /// The warehouse's human-readable report.
    public var message: String?
}
