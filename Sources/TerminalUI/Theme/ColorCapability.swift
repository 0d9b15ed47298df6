/// How many colours the terminal can show, which decides how theme colours are quantised.
public enum ColorCapability: Sendable, Hashable, Comparable {
    /// No colours: attributes only (`NO_COLOR`, `--no-color`, or a terminal without colour).
    case monochrome
    /// The 8 basic ANSI colours (`TERM=linux`).
    case ansi8
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256

    /// The capability of a terminal that reports `colors` colours (curses `COLORS`).
    public init(colors: Int) {
        switch colors {
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    /// The capability to draw with, honouring `--no-color` and `NO_COLOR` (any non-empty value, per no-color.org).
    public static func decide(terminalColors: Int, noColorFlag: Bool, environment: [String: String]) -> ColorCapability {
        if noColorFlag { return .monochrome }
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        return ColorCapability(colors: terminalColors)
    }
}
