import Foundation

/// A Visma article as the engine needs it.
public struct SourceArticle: Sendable, Equatable {
    public var id: String
    public var number: String
    public var name: String
    public var nameEnglish: String?
    public var unit: String?
    public var barcode: String?
    public var isActive: Bool
    public var isService: Bool
    public var purchasePrice: Decimal?
    public var netPrice: Decimal?
    public var grossPrice: Decimal?
    public var stockLocation: String?
    public var note: String?
    /// Visma's `StockBalance`.
    public var stockBalance: Decimal?
    /// Visma's `ChangedUtc`.
    public var changedAt: Date?

    public init(id: String, number: String, name: String, nameEnglish: String? = nil, unit: String? = nil, barcode: String? = nil,
                isActive: Bool = true, isService: Bool = false, purchasePrice: Decimal? = nil, netPrice: Decimal? = nil,
                grossPrice: Decimal? = nil, stockLocation: String? = nil, note: String? = nil, stockBalance: Decimal? = nil, changedAt: Date? = nil) {
        self.id = id
        self.number = number
        self.name = name
        self.nameEnglish = nameEnglish
        self.unit = unit
        self.barcode = barcode
        self.isActive = isActive
        self.isService = isService
        self.purchasePrice = purchasePrice
        self.netPrice = netPrice
        self.grossPrice = grossPrice
        self.stockLocation = stockLocation
        self.note = note
        self.stockBalance = stockBalance
        self.changedAt = changedAt
    }
}

/// Visma's order status (`OrderApi.Status`).
public enum SourceOrderStatus: Int, Sendable, Equatable {
    case draft = 1, ongoing = 2, shipped = 3, invoiced = 4
}

/// One row of a Visma order.
public struct SourceOrderRow: Sendable, Equatable {
    public var lineNumber: Int
    public var articleNumber: String?
    public var text: String?
    public var quantity: Decimal
    public var deliveredQuantity: Decimal?
    public var isTextRow: Bool
    public var isServiceArticle: Bool

    public init(lineNumber: Int, articleNumber: String?, text: String? = nil, quantity: Decimal, deliveredQuantity: Decimal? = nil,
                isTextRow: Bool = false, isServiceArticle: Bool = false) {
        self.lineNumber = lineNumber
        self.articleNumber = articleNumber
        self.text = text
        self.quantity = quantity
        self.deliveredQuantity = deliveredQuantity
        self.isTextRow = isTextRow
        self.isServiceArticle = isServiceArticle
    }

    /// Whether the warehouse must pick this row: text rows and service rows are not picked.
    public var isPickLine: Bool { !isTextRow && !isServiceArticle && articleNumber != nil }
}

/// A postal address as Visma stores it on an order or a customer.
public struct PostalAddress: Sendable, Equatable {
    public var name: String?
    public var address1: String?
    public var address2: String?
    public var postalCode: String?
    public var city: String?
    public var countryCode: String?

    public init(name: String? = nil, address1: String? = nil, address2: String? = nil, postalCode: String? = nil, city: String? = nil, countryCode: String? = nil) {
        self.name = name
        self.address1 = address1
        self.address2 = address2
        self.postalCode = postalCode
        self.city = city
        self.countryCode = countryCode
    }

    /// True when there is nothing a carrier could deliver to.
    public var isEmpty: Bool {
        [address1, postalCode, city].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

/// A Visma sales order as the engine needs it.
public struct SourceOrder: Sendable, Equatable {
    public var id: String
    public var number: Int
    public var status: SourceOrderStatus
    public var customerID: String?
    public var customerNumber: String?
    public var customerName: String?
    public var orderDate: Date?
    public var deliveryDate: Date?
    public var delivery: PostalAddress
    public var yourReference: String?
    public var ourReference: String?
    public var buyersOrderReference: String?
    public var deliveryMethodCode: String?
    public var deliveryMethodName: String?
    public var deliveryTermCode: String?
    public var deliveryTermName: String?
    public var rows: [SourceOrderRow]
    /// Visma's `ModifiedUtc`.
    public var modifiedAt: Date?

    public init(id: String, number: Int, status: SourceOrderStatus, customerID: String? = nil, customerNumber: String? = nil, customerName: String? = nil,
                orderDate: Date? = nil, deliveryDate: Date? = nil, delivery: PostalAddress = PostalAddress(), yourReference: String? = nil,
                ourReference: String? = nil, buyersOrderReference: String? = nil, deliveryMethodCode: String? = nil, deliveryMethodName: String? = nil,
                deliveryTermCode: String? = nil, deliveryTermName: String? = nil, rows: [SourceOrderRow], modifiedAt: Date? = nil) {
        self.id = id
        self.number = number
        self.status = status
        self.customerID = customerID
        self.customerNumber = customerNumber
        self.customerName = customerName
        self.orderDate = orderDate
        self.deliveryDate = deliveryDate
        self.delivery = delivery
        self.yourReference = yourReference
        self.ourReference = ourReference
        self.buyersOrderReference = buyersOrderReference
        self.deliveryMethodCode = deliveryMethodCode
        self.deliveryMethodName = deliveryMethodName
        self.deliveryTermCode = deliveryTermCode
        self.deliveryTermName = deliveryTermName
        self.rows = rows
        self.modifiedAt = modifiedAt
    }
}

/// A Visma customer's contact data and address, used to complete an order's consignee.
public struct CustomerContact: Sendable, Equatable {
    public var email: String?
    public var phone: String?
    public var mobile: String?
    public var delivery: PostalAddress
    public var invoice: PostalAddress

    public init(email: String? = nil, phone: String? = nil, mobile: String? = nil, delivery: PostalAddress = PostalAddress(), invoice: PostalAddress = PostalAddress()) {
        self.email = email
        self.phone = phone
        self.mobile = mobile
        self.delivery = delivery
        self.invoice = invoice
    }
}

/// The Visma company: its name and whether Visma's own stock module is active.
public struct CompanyInfo: Sendable, Equatable {
    public var name: String
    public var stockModuleActive: Bool

    public init(name: String, stockModuleActive: Bool) {
        self.name = name
        self.stockModuleActive = stockModuleActive
    }
}

/// One page of a Visma list and the server time to use as the next watermark.
public struct SourcePage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var page: Int
    public var totalPages: Int
    public var serverTime: Date?

    public init(items: [Item], page: Int, totalPages: Int, serverTime: Date?) {
        self.items = items
        self.page = page
        self.totalPages = totalPages
        self.serverTime = serverTime
    }
}
