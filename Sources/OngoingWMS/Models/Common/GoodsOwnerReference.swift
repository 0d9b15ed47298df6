/// The `goodsOwner` object responses carry: which goods owner a record belongs to.
public struct GoodsOwnerReference: Codable, Sendable, Equatable {
    /// The goods owner's integer id.
    public var id: Int?
    /// The goods owner's name.
    public var name: String?
}
