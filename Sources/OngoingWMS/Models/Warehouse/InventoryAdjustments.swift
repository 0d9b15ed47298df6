import Foundation

/// The stock corrections (stock-taking, breakage) of one article: one element of
/// `GET /inventoryAdjustments`.
public struct InventoryAdjustments: Decodable, Sendable, Equatable {
    public var article: Article?
    public var inventoryAdjustments: [Adjustment]?

    /// The corrected article.
    public struct Article: Decodable, Sendable, Equatable {
        public var articleSystemId: Int?
        public var articleNumber: String?
        public var articleName: String?
        public var productCode: String?
    }

    /// One correction; ``numberOfItems`` is the signed change.
    public struct Adjustment: Decodable, Sendable, Equatable {
        public var inventoryId: Int?
        public var numberOfItems: Decimal?
        public var inventoryTime: Date?
        public var articleItemComment: String?
        public var inventoryItemComment: String?
        public var location: String?
        public var batchNumber: String?
        public var serial: String?
        public var expiryDate: Date?
    }
}
