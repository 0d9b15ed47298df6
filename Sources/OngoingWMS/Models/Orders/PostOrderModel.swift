import Foundation

/// The body of `PUT /orders`: creates or updates the order with ``orderNumber``.
///
/// Property names are the API's keys; nil properties are left out. Send the complete line set
/// on every update: lines are identified by `rowNumber`.
public struct PostOrderModel: Encodable, Sendable, Equatable {
    /// The goods owner the order belongs to (required).
    public var goodsOwnerId: Int
    /// The business key (required, unique per goods owner).
    public var orderNumber: String
    /// The requested delivery date (required).
    public var deliveryDate: Date
    public var referenceNumber: String?
    public var goodsOwnerOrderId: String?
    public var salesCode: String?
    public var orderRemark: String?
    public var deliveryInstruction: String?
    public var servicePointCode: String?
    public var freeText1: String?
    public var freeText2: String?
    public var freeText3: String?
    public var orderType: OngoingCodeName?
    public var wayOfDelivery: OngoingCodeName?
    public var termsOfDeliveryType: OngoingCodeName?
    /// The receiver (required).
    public var consignee: OrderConsignee
    public var emailNotification: OngoingNotification?
    public var smsNotification: OngoingNotification?
    public var telephoneNotification: OngoingNotification?
    public var transporter: OrderTransporterChoice?
    public var returnTransporter: OrderTransporterChoice?
    public var customsInfo: OrderCustomsInfo?
    public var consigneeOrderNumber: String?
    public var warehouseInstruction: String?
    public var languageCode: String?
    /// The pick lines.
    public var orderLines: [PostOrderLine]

    /// Creates an order body with the required fields; set the others as needed.
    public init(goodsOwnerId: Int, orderNumber: String, deliveryDate: Date, consignee: OrderConsignee, orderLines: [PostOrderLine]) {
        self.goodsOwnerId = goodsOwnerId
        self.orderNumber = orderNumber
        self.deliveryDate = deliveryDate
        self.consignee = consignee
        self.orderLines = orderLines
    }
}
