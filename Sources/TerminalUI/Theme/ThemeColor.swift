/// A colour as written in a theme file: the terminal default, a palette index or a 24-bit value.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background (keeps transparent backgrounds).
    case terminalDefault
    /// Palette entry 0–255; 0–15 are the 16 ANSI colours.
    case indexed(UInt8)
    /// A 24-bit colour, quantised to what the terminal supports.
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 ANSI names in palette order; `bright-*` are 8–15.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// What a colour token may look like, for error messages.
    public static let expectedSyntax =
        "default, black, red, green, yellow, blue, magenta, cyan, white, bright-<name>, color0–color255 or #rrggbb"

    /// Parses `default`, an ANSI name, `colorN` or `#rrggbb`; `nil` when the token is none of them.
    public init?(token: String) {
        let lower = token.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: lower) {
            self = .indexed(UInt8(index))
        } else if lower.hasPrefix("color"), let index = UInt8(lower.dropFirst(5)), lower.count <= 8 {
            self = .indexed(index)
        } else if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}
