/// A theme resolved for one terminal: every role's quantised style in a flat table indexed by role.
public struct ThemePalette: Sendable, Equatable {
    /// The capability the colours were quantised for.
    public let capability: ColorCapability
    private let styles: [TerminalStyle]

    /// Resolves every role of `theme` (with parent fallback) for `capability`; monochrome keeps attributes only.
    public init(theme: Theme, capability: ColorCapability) {
        self.capability = capability
        styles = StyleRole.allCases.map { role in
            let style = theme.style(for: role)
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
