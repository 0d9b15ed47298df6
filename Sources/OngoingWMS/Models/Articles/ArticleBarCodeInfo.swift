/// An article's bar codes: `barCodeInfo` in article requests and responses.
public struct ArticleBarCodeInfo: Codable, Sendable, Equatable {
    /// The item's bar code (EAN).
    public var barCode: String?
    /// The package's bar code.
    public var barCodePackage: String?
    /// The pallet's bar code.
    public var barCodePallet: String?

    /// Creates bar code information.
    public init(barCode: String? = nil, barCodePackage: String? = nil, barCodePallet: String? = nil) {
        self.barCode = barCode
        self.barCodePackage = barCodePackage
        self.barCodePallet = barCodePallet
    }
}
