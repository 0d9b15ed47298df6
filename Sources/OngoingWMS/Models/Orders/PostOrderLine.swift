import Foundation

/// One pick line of `PUT /orders`. ``rowNumber`` identifies the line within the order, so
/// keep it stable (the Visma line number) to match picked quantities back.
public struct PostOrderLine: Encodable, Sendable, Equatable {
    /// Unique within the order (required).
    public var rowNumber: String
    /// The article to pick (required; must exist for the goods owner).
    public var articleNumber: String
    /// The ordered quantity.
    public var numberOfItems: Decimal
    public var comment: String?
    public var shouldBePicked: Bool?
    public var serialNumber: String?
    public var lineTotalCustomsValue: Decimal?
    public var batchNumber: String?
    public var customerArticleNumber: String?
    public var externalId: String?

    /// Creates a line with the required fields.
    public init(rowNumber: String, articleNumber: String, numberOfItems: Decimal, comment: String? = nil) {
        self.rowNumber = rowNumber
        self.articleNumber = articleNumber
        self.numberOfItems = numberOfItems
        self.comment = comment
    }
}
