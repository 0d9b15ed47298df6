/// A named mapping from style roles to styles; unset roles fall back along ``StyleRole/parent``.
public struct Theme: Sendable, Equatable {
    /// The theme's identifier: its file name without `.toml`, what `--theme` and `:theme` take.
    public var name: String
    /// The name shown in the theme picker (`name = "…"` in the file).
    public var displayName: String
    /// One line about who the theme is for (`description = "…"` in the file).
    public var summary: String?
    /// Roles the theme (or the themes it inherits from) sets explicitly.
    public var styles: [StyleRole: RoleStyle]

    /// Creates a theme; the display name defaults to `name`.
    public init(name: String, displayName: String? = nil, summary: String? = nil, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.displayName = displayName ?? name
        self.summary = summary
        self.styles = styles
    }

    /// The style for `role`: its own, else its nearest parent's, else plain.
    public func style(for role: StyleRole) -> RoleStyle {
        var current: StyleRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return .plain
    }

    /// A theme named `name` made of this one's styles with `overrides` on top; how `inherits` works.
    public func overriding(_ overrides: [StyleRole: RoleStyle], name: String, displayName: String? = nil, summary: String? = nil) -> Theme {
        Theme(name: name, displayName: displayName, summary: summary, styles: styles.merging(overrides) { _, new in new })
    }
}
