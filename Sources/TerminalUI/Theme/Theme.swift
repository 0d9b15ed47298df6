/// A named mapping from style roles to styles; unset roles fall back along ``StyleRole/parent``.
public struct Theme: Sendable, Equatable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// Roles the theme (or the themes it inherits from) sets explicitly.
    public var styles: [StyleRole: RoleStyle]

    /// Creates a theme.
    public init(name: String, styles: [StyleRole: RoleStyle]) {
        self.name = name
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

    /// This theme with `overrides` applied on top and named `name`; how `inherits` works.
    public func overriding(_ overrides: [StyleRole: RoleStyle], name: String) -> Theme {
        Theme(name: name, styles: styles.merging(overrides) { _, new in new })
    }
}
