import Foundation

/// One line of an order as `GET /orders` returns it, with ordered, picked and reported quantities.
public struct GetOrderLine: Decodable, Sendable, Equatable {
    /// The warehouse's id of the line.
    public var id: Int?
    /// The row number the order was created with.
    public var rowNumber: String?
    public var article: Article?
    public var comment: String?
    public var orderedNumberOfItems: Decimal?
    public var allocatedNumberOfItems: Decimal?
    /// What was picked: the delivered quantity to write back.
    public var pickedNumberOfItems: Decimal?
    public var packedNumberOfItems: Decimal?
    /// What has been reported back so far; null means nothing yet.
    public var reportedNumberOfItems: Decimal?
    public var returnedNumberOfItems: Decimal?
    public var shouldBePicked: Bool?
    public var pickedArticleItems: [PickedArticleItem]?
    public var serialNumber: String?
    public var lineTotalCustomsValue: Decimal?

    /// The article of an order line.
    public struct Article: Decodable, Sendable, Equatable {
        public var articleSystemId: Int?
        public var articleNumber: String?
        public var articleName: String?
        public var productCode: String?
    }

    /// Picked but not yet reported: `picked − (reported ?? 0)`.
    public var numberOfItemsToReport: Decimal {
        (pickedNumberOfItems ?? 0) - (reportedNumberOfItems ?? 0)
    }
}
