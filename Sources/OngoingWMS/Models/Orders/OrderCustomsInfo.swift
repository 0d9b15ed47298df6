/// Customs details of an order: `customsInfo`.
public struct OrderCustomsInfo: Codable, Sendable, Equatable {
    /// Currency of the customs values.
    public var customsValueCurrencyCode: String?

    /// Creates customs details.
    public init(customsValueCurrencyCode: String?) {
        self.customsValueCurrencyCode = customsValueCurrencyCode
    }
}
