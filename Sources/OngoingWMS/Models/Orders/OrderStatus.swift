/// An order status: `{number, text}`.
///
/// Warehouses rename and localise statuses ("Collected" is "Hämtad" in a Swedish system), so
/// equality and ordering look at ``number`` only; ``text`` is for display.
public struct OrderStatus: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The status number, the only part to compare.
    public var number: Int
    /// The warehouse's (possibly localised) name for it.
    public var text: String?

    /// Creates a status.
    public init(number: Int, text: String? = nil) {
        self.number = number
        self.text = text
    }

    /// The standard status of a cancelled order.
    public static let cancelledNumber = 1000

    public static func == (lhs: OrderStatus, rhs: OrderStatus) -> Bool { lhs.number == rhs.number }
    public static func < (lhs: OrderStatus, rhs: OrderStatus) -> Bool { lhs.number < rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }

    public var description: String { text.map { "\(number) \($0)" } ?? String(number) }
}

/// The body of `GET /orders/statuses`.
struct OrderStatusList: Decodable {
    var orderStatuses: [OrderStatus]?
}
