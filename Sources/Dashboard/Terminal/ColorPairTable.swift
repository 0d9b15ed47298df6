import CNCursesW
import TerminalUI

/// Curses colour pairs allocated on first use, one per distinct (foreground, background).
///
/// Pair 0 is the terminal default; numbers beyond `COLOR_PAIRS` fall back to it instead of failing.
@MainActor
struct ColorPairTable {
    private var pairs: [PairKey: Int16] = [:]
    private let defaultColorsWork: Bool
    private let limit: Int

    /// Creates an empty table; `defaultColorsWork` says whether `use_default_colors` succeeded.
    init(defaultColorsWork: Bool, limit: Int) {
        self.defaultColorsWork = defaultColorsWork
        self.limit = limit
    }

    /// The pair number for `style`'s colours, allocating it with `init_pair` when new.
    mutating func pair(for style: TerminalStyle) -> Int16 {
        let key = PairKey(foreground: style.foreground, background: style.background)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let number = pairs.count + 1
        guard number < limit && number <= Int(Int16.max) else { return 0 }
        // Without use_default_colors, -1 is invalid: fall back to white on black.
        let foreground = key.foreground == -1 && !defaultColorsWork ? Int16(COLOR_WHITE) : key.foreground
        let background = key.background == -1 && !defaultColorsWork ? Int16(COLOR_BLACK) : key.background
        init_pair(Int16(number), foreground, background)
        pairs[key] = Int16(number)
        return Int16(number)
    }

    private struct PairKey: Hashable {
        let foreground: Int16
        let background: Int16
    }
}
