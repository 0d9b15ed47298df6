import Foundation

/// A customer (`CustomerApi`), read for the contact details an order does not carry.
public struct VismaCustomer: Sendable, Equatable {
    /// The complete customer object as received.
    public let json: JSONObject

    /// Wraps a customer object.
    public init(json: JSONObject) {
        self.json = json
    }

    /// Visma's id of the customer.
    public var id: UUID? { json.uuid("Id") }
    /// The customer number.
    public var customerNumber: String? { json.string("CustomerNumber") }
    /// The customer's name.
    public var name: String { json.string("Name") ?? "" }
    /// Whether the customer is a private person.
    public var isPrivatePerson: Bool { json.bool("IsPrivatePerson") ?? false }
    /// The contact person's name.
    public var contactPersonName: String? { json.string("ContactPersonName") }
    /// The contact person's e-mail.
    public var contactPersonEmail: String? { json.string("ContactPersonEmail") }
    /// The contact person's mobile phone.
    public var contactPersonMobile: String? { json.string("ContactPersonMobile") }
    /// The contact person's phone.
    public var contactPersonPhone: String? { json.string("ContactPersonPhone") }
    /// The customer's e-mail address.
    public var emailAddress: String? { json.string("EmailAddress") }
    /// The e-mail address for order confirmations.
    public var emailAddressOrder: String? { json.string("EmailAddressOrder") }
    /// The customer's mobile phone.
    public var mobilePhone: String? { json.string("MobilePhone") }
    /// The customer's phone.
    public var telephone: String? { json.string("Telephone") }
    /// The customer's note.
    public var note: String? { json.string("Note") }
    /// The invoice address.
    public var invoiceAddress: VismaAddress { VismaAddress(json: json, prefix: "Invoice") }
    /// The default delivery address (`Delivery*` fields).
    public var deliveryAddress: VismaAddress { VismaAddress(json: json, prefix: "Delivery") }

    /// The best e-mail for delivery notifications: the contact person's, else the order or
    /// general address.
    public var email: String? {
        [contactPersonEmail, emailAddressOrder, emailAddress].lazy.compactMap { $0 }.first { !$0.isEmpty }
    }

    /// The best phone number for the carrier: mobile numbers first.
    public var phone: String? {
        [contactPersonMobile, mobilePhone, contactPersonPhone, telephone].lazy.compactMap { $0 }.first { !$0.isEmpty }
    }
}
