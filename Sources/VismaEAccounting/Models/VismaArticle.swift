import Foundation

/// An article (`ArticleApi`). The complete object as Visma sent it is kept in ``json``; the
/// typed properties read from it, and the setters write into it, so a PUT sends back every
/// field, modelled or not, with only the changed ones replaced.
public struct VismaArticle: Sendable, Equatable {
    /// The complete article object as received, plus our changes.
    public private(set) var json: JSONObject

    /// Wraps an article object.
    public init(json: JSONObject) {
        self.json = json
    }

    /// Visma's id of the article.
    public var id: UUID? { json.uuid("Id") }
    /// The article number, the key shared with the warehouse.
    public var number: String { json.string("Number") ?? "" }
    /// The (Swedish/Finnish) name.
    public var name: String { json.string("Name") ?? "" }
    /// The English name.
    public var nameEnglish: String? { json.string("NameEnglish") }
    /// Whether the article is active.
    public var isActive: Bool { json.bool("IsActive") ?? true }
    /// True for service articles, which are never stocked.
    public var isServiceArticle: Bool { json.bool("IsServiceArticle") ?? false }
    /// Whether Visma's stock module treats this as a stock article.
    public var isStock: Bool { json.bool("IsStock") ?? false }
    /// The unit's name (e.g. "Styck").
    public var unitName: String? { json.string("UnitName") }
    /// The unit's abbreviation (e.g. "st").
    public var unitAbbreviation: String? { json.string("UnitAbbreviation") }
    /// The first barcode (Visma holds EAN/GTIN there; currently only one is allowed).
    public var barcode: String? { json.objects("Barcodes").lazy.compactMap { $0.string("Barcode") }.first { !$0.isEmpty } }
    /// The net sales price.
    public var netPrice: Decimal? { json.decimal("NetPrice") }
    /// The gross sales price.
    public var grossPrice: Decimal? { json.decimal("GrossPrice") }
    /// The purchase price in the domestic currency.
    public var purchasePrice: Decimal? { json.decimal("PurchasePrice") }
    /// The free-text stock location.
    public var stockLocationReference: String? { json.string("StockLocationReference") }
    /// When the article was created.
    public var createdUtc: Date? { json.date("CreatedUtc") }
    /// When the article last changed: the key of incremental article polling.
    public var changedUtc: Date? { json.date("ChangedUtc") }

    /// The stock balance; set values are rounded to Visma's 2 decimals. Writable only while
    /// the company does not use Visma's stock module.
    public var stockBalance: Decimal {
        get { json.decimal("StockBalance") ?? 0 }
        set { json["StockBalance"] = .number(newValue.rounded(scale: VismaPrecision.stockBalance)) }
    }

    /// Any field by its API name, for the optional "additional fields".
    public subscript(field name: String) -> JSONValue? { json[name] }
}
