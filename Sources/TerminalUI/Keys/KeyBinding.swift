/// One entry of the key registry: the keys, what they do, where, and how they are shown.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// Every key that triggers the action; the first is the one shown in the hint bar.
    public var keys: [KeyEvent]
    /// A short verb for the hint bar, e.g. `toggle`.
    public var label: String
    /// A sentence for the help overlay and the README, e.g. `Switch the selected process on or off`.
    public var description: String
    /// Where the binding applies.
    public var scope: KeyScope
    /// What dispatch returns when one of the keys is pressed.
    public var action: Action
    /// Whether the hint bar lists it (rarely used keys live only in `?` help).
    public var showsInHints: Bool
    /// Overrides how the keys are written, e.g. `1–4` instead of listing four digits.
    public var keysLabel: String?

    /// Creates a binding.
    public init(
        _ keys: [KeyEvent], label: String, description: String, scope: KeyScope = .global,
        action: Action, showsInHints: Bool = true, keysLabel: String? = nil
    ) {
        self.keys = keys
        self.label = label
        self.description = description
        self.scope = scope
        self.action = action
        self.showsInHints = showsInHints
        self.keysLabel = keysLabel
    }

    /// The keys as written in help and docs, e.g. `q, Ctrl-C`.
    public func keysText(glyphs: GlyphSet = .unicode) -> String {
        keysLabel ?? keys.map { $0.label(glyphs: glyphs) }.joined(separator: ", ")
    }
}
