import Foundation

/// A sales order (`OrderApi`). The complete object as Visma sent it is kept in ``json``; the
/// typed properties read from it and the setters write into it, so a PUT (a full replace)
/// never drops a field this client does not model.
public struct VismaOrder: Sendable, Equatable {
    /// The complete order object as received, plus our changes.
    public private(set) var json: JSONObject

    /// Wraps an order object.
    public init(json: JSONObject) {
        self.json = json
    }

    /// Visma's id of the order.
    public var id: UUID? { json.uuid("Id") }
    /// The order number, assigned by Visma.
    public var number: Int? { json.int("Number") }
    /// The status; nil for a value this client does not know.
    public var status: VismaOrderStatus? { json.int("Status").flatMap(VismaOrderStatus.init(rawValue:)) }
    /// The customer's id, for contact details.
    public var customerId: UUID? { json.uuid("CustomerId") }
    /// The customer number.
    public var customerNumber: String? { json.string("CustomerNumber") }
    /// The customer's name.
    public var customerName: String? { json.string("CustomerName") }
    /// The currency code.
    public var currencyCode: String? { json.string("CurrencyCode") }
    /// The order date.
    public var orderDate: Date? { json.date("OrderDate") }
    /// The requested delivery date.
    public var deliveryDate: Date? { json.date("DeliveryDate") }
    /// When the order was created.
    public var createdUtc: Date? { json.date("CreatedUtc") }
    /// When the order last changed: the key of incremental order polling.
    public var modifiedUtc: Date? { json.date("ModifiedUtc") }
    /// The delivery address (a copy taken from the customer when the order was made).
    public var deliveryAddress: VismaAddress { VismaAddress(json: json, prefix: "Delivery") }
    /// The invoice address.
    public var invoiceAddress: VismaAddress { VismaAddress(json: json, prefix: "Invoice") }
    /// The customer's reference.
    public var yourReference: String? { json.string("YourReference") }
    /// The seller's reference.
    public var ourReference: String? { json.string("OurReference") }
    /// The customer's purchase order reference.
    public var buyersOrderReference: String? { json.string("BuyersOrderReference") }
    /// The delivery method's name.
    public var deliveryMethodName: String? { json.string("DeliveryMethodName") }
    /// The delivery method's code (map carriers on this).
    public var deliveryMethodCode: String? { json.string("DeliveryMethodCode") }
    /// The delivery term's name.
    public var deliveryTermName: String? { json.string("DeliveryTermName") }
    /// The delivery term's code.
    public var deliveryTermCode: String? { json.string("DeliveryTermCode") }

    /// When the order was shipped; setting it writes Visma's `yyyy-MM-ddTHH:mm:ssZ` form.
    public var shippedDateTime: Date? {
        get { json.date("ShippedDateTime") }
        set { json["ShippedDateTime"] = newValue.map { .string(VismaDateFormat.string(from: $0)) } ?? .null }
    }

    /// The rows; setting them replaces the `Rows` array with the rows' complete objects.
    public var rows: [VismaOrderRow] {
        get { json.objects("Rows").map(VismaOrderRow.init(json:)) }
        set { json["Rows"] = .array(newValue.map { .object($0.json) }) }
    }

    /// Sets the delivered quantity of the row with `lineNumber`; false when there is no such row.
    @discardableResult
    public mutating func setDeliveredQuantity(_ quantity: Decimal, lineNumber: Int) -> Bool {
        var updated = rows
        guard let index = updated.firstIndex(where: { $0.lineNumber == lineNumber }) else { return false }
        updated[index].deliveredQuantity = quantity
        rows = updated
        return true
    }
}
