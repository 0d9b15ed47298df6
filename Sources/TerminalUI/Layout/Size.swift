/// A terminal or area size in columns and rows.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative dimensions are clamped to zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether this size is at least `minimum` in both dimensions.
    public func contains(_ minimum: Size) -> Bool {
        width >= minimum.width && height >= minimum.height
    }

    /// `W×H`, the form used in messages such as "need 60×15".
    public var description: String { "\(width)×\(height)" }
}
