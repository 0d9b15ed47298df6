/// An article's supplier: `supplierInfo` in article requests and responses.
public struct ArticleSupplierInfo: Codable, Sendable, Equatable {
    /// The article number at the supplier.
    public var supplierArticleNumber: String?
    /// The supplier's number (suppliers are created on the fly by number).
    public var supplierNumber: String?
    /// The supplier's name.
    public var supplierName: String?

    /// Creates supplier information.
    public init(supplierArticleNumber: String? = nil, supplierNumber: String? = nil, supplierName: String? = nil) {
        self.supplierArticleNumber = supplierArticleNumber
        self.supplierNumber = supplierNumber
        self.supplierName = supplierName
    }
}
