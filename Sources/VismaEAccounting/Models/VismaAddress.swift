/// A postal address read from an order or customer's `Delivery…`/`Invoice…` fields.
public struct VismaAddress: Sendable, Equatable {
    /// The recipient's name.
    public var name: String?
    /// First address line.
    public var address1: String?
    /// Second address line.
    public var address2: String?
    /// Postal code.
    public var postalCode: String?
    /// City.
    public var city: String?
    /// ISO country code (two letters).
    public var countryCode: String?

    /// Reads the fields named `<prefix>CustomerName`, `<prefix>Address1`, … from `json`.
    init(json: JSONObject, prefix: String) {
        name = json.string(prefix + "CustomerName")
        address1 = json.string(prefix + "Address1")
        address2 = json.string(prefix + "Address2")
        postalCode = json.string(prefix + "PostalCode")
        city = json.string(prefix + "City")
        countryCode = json.string(prefix + "CountryCode")
    }
}
