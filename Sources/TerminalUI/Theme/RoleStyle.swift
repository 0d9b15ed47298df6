/// How a theme draws one role: foreground, background and attributes.
public struct RoleStyle: Sendable, Hashable {
    /// Text colour.
    public var foreground: ThemeColor
    /// Cell background.
    public var background: ThemeColor
    /// Bold, dim, underline, reverse.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(_ foreground: ThemeColor = .terminalDefault, on background: ThemeColor = .terminalDefault, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours without attributes.
    public static let plain = RoleStyle()

    /// Parses the theme value grammar `FG [on BG] [bold] [dim] [underline] [reverse]`.
    ///
    /// A value made of attributes only (`bold`) keeps the default foreground. Throws a message saying
    /// what was expected, which ``ThemeParser`` prefixes with the file and role.
    public init(parsing value: String) throws(RoleStyleSyntaxError) {
        var tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
        guard let first = tokens.first else {
            throw RoleStyleSyntaxError(message: "expected a colour (\(ThemeColor.expectedSyntax)), got an empty value")
        }
        self.init()
        if let colour = ThemeColor(token: first) {
            foreground = colour
            tokens.removeFirst()
        } else if !TextAttributes.names.contains(where: { $0.name == first.lowercased() }) && first.lowercased() != "on" {
            throw RoleStyleSyntaxError(message: "unknown colour '\(first)' (expected \(ThemeColor.expectedSyntax))")
        }
        if tokens.first?.lowercased() == "on" {
            tokens.removeFirst()
            guard let token = tokens.first else {
                throw RoleStyleSyntaxError(message: "expected a background colour after 'on'")
            }
            guard let colour = ThemeColor(token: token) else {
                throw RoleStyleSyntaxError(message: "unknown background colour '\(token)' (expected \(ThemeColor.expectedSyntax))")
            }
            background = colour
            tokens.removeFirst()
        }
        for token in tokens {
            guard let attribute = TextAttributes.names.first(where: { $0.name == token.lowercased() })?.attribute else {
                throw RoleStyleSyntaxError(message: "unknown attribute '\(token)' (expected bold, dim, underline or reverse)")
            }
            attributes.insert(attribute)
        }
    }
}

/// Why a style value did not parse; the message says what was expected.
public struct RoleStyleSyntaxError: Error, Sendable, Equatable {
    /// What was wrong and what was expected.
    public var message: String
}
