import Foundation

/// One article as `GET /articles` returns it, stock balance (``inventoryInfo``) included.
/// Every member is optional because Ongoing answers absent values with `null`.
public struct GetArticleModel: Decodable, Sendable, Equatable {
    public var goodsOwner: GoodsOwnerReference?
    /// The warehouse's internal id, the paging cursor of `GET /articles`.
    public var articleSystemId: Int?
    /// The business key.
    public var articleNumber: String?
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
    public var weight: Decimal?
    public var length: Decimal?
    public var width: Decimal?
    public var height: Decimal?
    public var volume: Decimal?
    public var purchasePrice: Decimal?
    public var stockValuationPrice: Decimal?
    public var customerPrice: Decimal?
    public var purcaseCurrencyCode: String?
    public var countryOfOriginCode: String?
    public var statisticsNumber: String?
    public var articleGroup: OngoingCodeName?
    public var articleCategory: OngoingCodeName?
    public var articleColor: OngoingCodeName?
    public var articleSize: OngoingCodeName?
    public var articleDataLastUpdated: Date?
    /// The stock balance.
    public var inventoryInfo: ArticleInventoryInfo?
}
