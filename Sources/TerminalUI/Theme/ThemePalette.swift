/// A theme resolved for one terminal: every role's quantised style in a flat table indexed by role.
public struct ThemePalette: Sendable, Equatable {
    /// The capability the colours were quantised for.
    public let capability: ColorCapability
    private let styles: [TerminalStyle]

    /// Resolves every role of `theme` (with parent fallback) for `capability`.
    ///
    /// Without colour, a role the theme styles with colours takes the built-in monochrome style
    /// instead: stripping the colours alone would leave, e.g., a coloured selection invisible.
    /// Roles styled by attributes only (as in a monochrome theme file) are kept as written.
    public init(theme: Theme, capability: ColorCapability) {
        self.capability = capability
        styles = StyleRole.allCases.map { role in
            var style = theme.style(for: role)
            if capability == .monochrome && (style.foreground != .terminalDefault || style.background != .terminalDefault) {
                style = Theme.builtInMonochrome.style(for: role)
            }
            return TerminalStyle(
                foreground: ColorQuantizer.index(for: style.foreground, capability: capability),
                background: ColorQuantizer.index(for: style.background, capability: capability),
                attributes: style.attributes)
        }
    }

    /// The quantised style of `role`.
    public subscript(role: StyleRole) -> TerminalStyle {
        styles[Int(role.rawValue)]
    }
}
