/// An e-mail, SMS or telephone notification setting of an order: `{toBeNotified, value}`.
public struct OngoingNotification: Codable, Sendable, Equatable {
    /// Whether the consignee is notified.
    public var toBeNotified: Bool?
    /// The address or number to notify.
    public var value: String?

    /// Creates a notification setting.
    public init(toBeNotified: Bool?, value: String?) {
        self.toBeNotified = toBeNotified
        self.value = value
    }
}
