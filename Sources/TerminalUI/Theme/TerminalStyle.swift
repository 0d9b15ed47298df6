/// A role's style quantised for one terminal: palette indices (`-1` = default) plus attributes.
public struct TerminalStyle: Sendable, Hashable {
    /// Foreground palette index, `-1` for the terminal default.
    public var foreground: Int16
    /// Background palette index, `-1` for the terminal default.
    public var background: Int16
    /// Bold, dim, underline, reverse.
    public var attributes: TextAttributes

    /// Creates a quantised style.
    public init(foreground: Int16 = -1, background: Int16 = -1, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
