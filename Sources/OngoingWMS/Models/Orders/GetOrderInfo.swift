import Foundation

/// The header of an order as `GET /orders` returns it: `orderInfo`.
public struct GetOrderInfo: Decodable, Sendable, Equatable {
    /// The warehouse's id, the paging cursor of `GET /orders`.
    public var orderId: Int?
    /// The business key.
    public var orderNumber: String?
    public var goodsOwnerOrderId: String?
    public var referenceNumber: String?
    public var salesCode: String?
    public var orderRemark: String?
    public var deliveryInstruction: String?
    public var servicePointCode: String?
    public var freeText1: String?
    public var freeText2: String?
    public var freeText3: String?
    public var orderType: OngoingCodeName?
    public var wayOfDelivery: OngoingCodeName?
    public var deliveryDate: Date?
    public var createdDate: Date?
    /// When the warehouse shipped the order; null until then.
    public var shippedTime: Date?
    public var wayBill: String?
    public var returnWayBill: String?
    public var orderStatus: OrderStatus?
    public var emailNotification: OngoingNotification?
    public var smsNotification: OngoingNotification?
    public var telephoneNotification: OngoingNotification?
    public var orderedNumberOfItems: Decimal?
    public var allocatedNumberOfItems: Decimal?
    public var pickedNumberOfItems: Decimal?
    public var customsInfo: OrderCustomsInfo?
}
