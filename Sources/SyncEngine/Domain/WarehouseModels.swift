import Foundation

/// An article as ovsync writes it to Ongoing (the fields this integration owns).
public struct WarehouseArticle: Sendable, Equatable, Codable {
    public var articleNumber: String
    public var name: String
    public var unitCode: String?
    public var barcode: String?
    public var isActive: Bool
    public var purchasePrice: Decimal?
    public var customerPrice: Decimal?
    public var description: String?
    public var articleNameEnglish: String?
    public var stockLocation: String?

    public init(articleNumber: String, name: String, unitCode: String? = nil, barcode: String? = nil, isActive: Bool = true,
                purchasePrice: Decimal? = nil, customerPrice: Decimal? = nil, description: String? = nil,
                articleNameEnglish: String? = nil, stockLocation: String? = nil) {
        self.articleNumber = articleNumber
        self.name = name
        self.unitCode = unitCode
        self.barcode = barcode
        self.isActive = isActive
        self.purchasePrice = purchasePrice
        self.customerPrice = customerPrice
        self.description = description
        self.articleNameEnglish = articleNameEnglish
        self.stockLocation = stockLocation
    }
}

/// Who receives an order, as Ongoing's consignee.
public struct Consignee: Sendable, Equatable, Codable {
    public var customerNumber: String?
    public var name: String
    public var address1: String?
    public var address2: String?
    public var postCode: String?
    public var city: String?
    public var countryCode: String?
    public var email: String?
    public var phone: String?
    public var mobile: String?

    public init(customerNumber: String? = nil, name: String, address1: String? = nil, address2: String? = nil, postCode: String? = nil,
                city: String? = nil, countryCode: String? = nil, email: String? = nil, phone: String? = nil, mobile: String? = nil) {
        self.customerNumber = customerNumber
        self.name = name
        self.address1 = address1
        self.address2 = address2
        self.postCode = postCode
        self.city = city
        self.countryCode = countryCode
        self.email = email
        self.phone = phone
        self.mobile = mobile
    }
}

/// One pick line of an order sent to Ongoing.
public struct WarehouseOrderLine: Sendable, Equatable, Codable {
    /// Visma's `LineNumber`, as text.
    public var rowNumber: String
    public var articleNumber: String
    public var quantity: Decimal
    public var comment: String?

    public init(rowNumber: String, articleNumber: String, quantity: Decimal, comment: String? = nil) {
        self.rowNumber = rowNumber
        self.articleNumber = articleNumber
        self.quantity = quantity
        self.comment = comment
    }
}

/// An order as ovsync writes it to Ongoing (upserted by `orderNumber`).
public struct WarehouseOrderDraft: Sendable, Equatable, Codable {
    public var orderNumber: String
    public var goodsOwnerOrderID: String?
    public var referenceNumber: String?
    public var orderRemark: String?
    public var deliveryDate: Date
    public var wayOfDeliveryCode: String?
    public var wayOfDeliveryName: String?
    public var termsOfDeliveryCode: String?
    public var termsOfDeliveryName: String?
    public var consignee: Consignee
    public var lines: [WarehouseOrderLine]

    public init(orderNumber: String, goodsOwnerOrderID: String? = nil, referenceNumber: String? = nil, orderRemark: String? = nil,
                deliveryDate: Date, wayOfDeliveryCode: String? = nil, wayOfDeliveryName: String? = nil, termsOfDeliveryCode: String? = nil,
                termsOfDeliveryName: String? = nil, consignee: Consignee, lines: [WarehouseOrderLine]) {
        self.orderNumber = orderNumber
        self.goodsOwnerOrderID = goodsOwnerOrderID
        self.referenceNumber = referenceNumber
        self.orderRemark = orderRemark
        self.deliveryDate = deliveryDate
        self.wayOfDeliveryCode = wayOfDeliveryCode
        self.wayOfDeliveryName = wayOfDeliveryName
        self.termsOfDeliveryCode = termsOfDeliveryCode
        self.termsOfDeliveryName = termsOfDeliveryName
        self.consignee = consignee
        self.lines = lines
    }
}

/// One line of an order as Ongoing reports it.
public struct WarehouseOrderLineState: Sendable, Equatable, Codable {
    public var rowNumber: String
    public var articleNumber: String?
    public var ordered: Decimal
    public var allocated: Decimal
    public var picked: Decimal
    public var reported: Decimal?

    public init(rowNumber: String, articleNumber: String?, ordered: Decimal, allocated: Decimal = 0, picked: Decimal = 0, reported: Decimal? = nil) {
        self.rowNumber = rowNumber
        self.articleNumber = articleNumber
        self.ordered = ordered
        self.allocated = allocated
        self.picked = picked
        self.reported = reported
    }
}

/// An order as Ongoing reports it: status number, shipping time and lines.
public struct WarehouseOrderState: Sendable, Equatable, Codable {
    public var orderID: Int
    public var orderNumber: String
    public var status: Int
    public var shippedAt: Date?
    public var lines: [WarehouseOrderLineState]

    public init(orderID: Int, orderNumber: String, status: Int, shippedAt: Date? = nil, lines: [WarehouseOrderLineState]) {
        self.orderID = orderID
        self.orderNumber = orderNumber
        self.status = status
        self.shippedAt = shippedAt
        self.lines = lines
    }

    /// Whether the warehouse has started working on the order: status at or past `threshold`,
    /// or anything allocated or picked.
    public func isStarted(threshold: Int) -> Bool {
        status >= threshold || lines.contains { $0.allocated > 0 || $0.picked > 0 }
    }

    /// Whether the order has left the warehouse: status at or past `threshold` or a shipping time.
    public func isShipped(threshold: Int) -> Bool {
        status >= threshold || shippedAt != nil
    }
}

/// The stock of one article in Ongoing.
public struct WarehouseStock: Sendable, Equatable {
    public var articleSystemID: Int
    public var articleNumber: String
    /// `numberOfItems`: physically in the warehouse.
    public var physical: Decimal
    /// `sellableNumberOfItems`: what can still be sold.
    public var sellable: Decimal

    public init(articleSystemID: Int, articleNumber: String, physical: Decimal, sellable: Decimal) {
        self.articleSystemID = articleSystemID
        self.articleNumber = articleNumber
        self.physical = physical
        self.sellable = sellable
    }

    /// The figure chosen in the settings.
    public func quantity(_ figure: StockFigure) -> Decimal {
        figure == .sellable ? sellable : physical
    }
}
