import Foundation

/// One picked batch/serial/location of an order line: `pickedArticleItems[]`.
public struct PickedArticleItem: Decodable, Sendable, Equatable {
    public var articleItemId: Int?
    public var numberOfItems: Decimal?
    public var inDate: Date?
    public var serial: String?
    public var caseNumber: String?
    public var batchNumber: String?
    public var container: String?
    public var comment: String?
    public var weight: Decimal?
    public var volume: Decimal?
    public var isPicked: Bool?
    public var isReturned: Bool?
    public var expiryDate: Date?
    public var returnDate: Date?
    public var pickedTime: Date?
    public var location: String?
    public var locationTypeCode: String?
    public var freeText1: String?
}
