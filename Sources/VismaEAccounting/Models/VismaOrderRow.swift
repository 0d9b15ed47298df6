import Foundation

/// One order row (`OrderRowApi`), wrapping its complete JSON object like ``VismaOrder``.
public struct VismaOrderRow: Sendable, Equatable {
    /// The complete row object as received, plus our changes.
    public private(set) var json: JSONObject

    /// Wraps a row object.
    public init(json: JSONObject) {
        self.json = json
    }

    /// Visma's row id.
    public var id: UUID? { json.uuid("Id") }
    /// The line number, which the warehouse order uses as its row number.
    public var lineNumber: Int { json.int("LineNumber") ?? 0 }
    /// The article's id; nil on text rows.
    public var articleId: UUID? { json.uuid("ArticleId") }
    /// The article number; nil on text rows.
    public var articleNumber: String? { json.string("ArticleNumber") }
    /// The row text (defaults to the article name).
    public var text: String? { json.string("Text") }
    /// True for text-only rows, which carry no goods.
    public var isTextRow: Bool { json.bool("IsTextRow") ?? false }
    /// True when the row's article is a service.
    public var isServiceArticle: Bool { json.bool("IsServiceArticle") ?? false }
    /// The ordered quantity (4 decimals).
    public var quantity: Decimal { json.decimal("Quantity") ?? 0 }
    /// The unit price.
    public var unitPrice: Decimal? { json.decimal("UnitPrice") }
    /// The discount as a fraction between 0 and 1.
    public var discountPercentage: Decimal? { json.decimal("DiscountPercentage") }
    /// The row total.
    public var amount: Decimal? { json.decimal("Amount") }

    /// The delivered quantity; set values are rounded to Visma's 2 decimals.
    public var deliveredQuantity: Decimal {
        get { json.decimal("DeliveredQuantity") ?? 0 }
        set { json["DeliveredQuantity"] = .number(newValue.rounded(scale: VismaPrecision.deliveredQuantity)) }
    }
}
