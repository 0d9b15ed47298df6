/// A run of text drawn in one style role; lines of spans are the input of most widgets.
public struct Span: Sendable, Hashable {
    /// The text of the run.
    public var text: String
    /// The role every character of the run is drawn with.
    public var role: StyleRole

    /// Creates a run of `text` drawn with `role`.
    public init(_ text: String, role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// The columns the run occupies.
    public var width: Int { DisplayWidth.of(text) }
}
