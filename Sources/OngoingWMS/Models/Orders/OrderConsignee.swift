/// The receiver of an order: `consignee` in `PUT /orders` and `GET /orders`.
///
/// Sending a ``customerNumber`` also creates or updates a customer record in the warehouse.
public struct OrderConsignee: Codable, Sendable, Equatable {
    public var customerNumber: String?
    public var name: String?
    public var address1: String?
    public var address2: String?
    public var address3: String?
    public var postCode: String?
    public var city: String?
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String?
    public var countryStateCode: String?
    public var remark: String?
    public var doorCode: String?
    public var organisationNumber: String?
    public var vatNumber: String?

    /// Creates a consignee; set the address fields as needed.
    public init(customerNumber: String? = nil, name: String? = nil) {
        self.customerNumber = customerNumber
        self.name = name
    }
}
