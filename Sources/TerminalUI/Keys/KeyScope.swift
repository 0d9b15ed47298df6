/// Where a key binding applies, e.g. everywhere, in the processes pane, in the setup wizard.
///
/// Modules declare their own scopes as static members in an extension.
public struct KeyScope: Sendable, Hashable, CustomStringConvertible {
    /// Short identifier, also shown in the README key table.
    public let name: String
    /// Heading used in the help overlay.
    public let title: String

    /// Creates a scope named `name`, titled `title` in help (defaults to the capitalised name).
    public init(_ name: String, title: String? = nil) {
        self.name = name
        self.title = title ?? (name.prefix(1).uppercased() + name.dropFirst())
    }

    /// Bindings that work everywhere unless a more specific scope overrides them.
    public static let global = KeyScope("global")

    /// The scope's name.
    public var description: String { name }
}
