/// One entry of the hint bar: a key and a short verb, e.g. `Space` `toggle`.
public struct HintItem: Sendable, Hashable {
    /// The key as written, e.g. `Space`, `q`, `1–4`.
    public var key: String
    /// The short verb.
    public var label: String

    /// Creates an entry.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}
