import Foundation

/// The body of `PUT /articles`: creates or updates the article with ``articleNumber``.
///
/// Property names are the API's keys, misspelled `purcaseCurrencyCode` included. Nil
/// properties are left out of the body, so an update only touches what is set.
public struct PostArticleModel: Encodable, Sendable, Equatable {
    /// The goods owner the article belongs to (required).
    public var goodsOwnerId: Int
    /// The business key (required, unique per goods owner).
    public var articleNumber: String
    public var articleName: String?
    public var productCode: String?
    public var unitCode: String?
    public var description: String?
    public var isStockArticle: Bool?
    public var isActive: Bool?
    public var supplierInfo: ArticleSupplierInfo?
    public var barCodeInfo: ArticleBarCodeInfo?
    public var quantityPerPackage: Int?
    public var quantityPerPallet: Int?
    /// Gross weight in kilograms.
    public var weight: Decimal?
    public var netWeight: Decimal?
    public var length: Decimal?
    public var width: Decimal?
    public var height: Decimal?
    public var volume: Decimal?
    public var purchasePrice: Decimal?
    public var stockValuationPrice: Decimal?
    public var customerPrice: Decimal?
    /// The purchase currency (the API's own spelling of the key).
    public var purcaseCurrencyCode: String?
    public var countryOfOriginCode: String?
    public var statisticsNumber: String?
    public var articleGroup: OngoingCodeName?
    public var articleCategory: OngoingCodeName?
    public var articleColor: OngoingCodeName?
    public var articleSize: OngoingCodeName?
    public var stockLimit: Int?
    public var linkToPicture: String?
    public var customsDescription: String?

    /// Creates an article body with the two required fields; set the others as needed.
    public init(goodsOwnerId: Int, articleNumber: String, articleName: String? = nil) {
        self.goodsOwnerId = goodsOwnerId
        self.articleNumber = articleNumber
        self.articleName = articleName
    }
}
