/// A `{code, name}` pair, Ongoing's shape for order types, ways of delivery, article groups,
/// categories, colours and sizes.
public struct OngoingCodeName: Codable, Sendable, Equatable {
    /// The code the warehouse matches on.
    public var code: String?
    /// The display name.
    public var name: String?

    /// Creates a pair.
    public init(code: String?, name: String? = nil) {
        self.code = code
        self.name = name
    }
}
