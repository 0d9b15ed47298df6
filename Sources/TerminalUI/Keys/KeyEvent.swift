/// A key press (or a resize) as the dashboard sees it, independent of curses key codes.
public enum KeyEvent: Sendable, Hashable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a lower-case letter `a`–`z` (Tab, Enter and Backspace have their own cases).
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Enter / Return.
    case enter
    /// Esc.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Function key F`n`.
    case function(Int)
    /// The terminal changed size.
    case resize

    /// Maps a control code or printable scalar as read from the terminal to a key.
    ///
    /// Returns `nil` for codes that are not keys (other C0/C1 controls).
    public init?(scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x09: self = .tab
        case 0x0A, 0x0D: self = .enter
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0x00..<0x20, 0x80..<0xA0: return nil
        default: self = .character(Character(scalar))
        }
    }

    /// The printable character this key inserts into a text field, if any.
    public var insertedCharacter: Character? {
        if case .character(let character) = self { return character }
        return nil
    }

    /// How the key is written in hints, help and docs, e.g. `Ctrl-C`, `Space`, `↑` (`Up` in ASCII).
    public func label(glyphs: GlyphSet = .unicode) -> String {
        let unicode = glyphs.isUnicode
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        }
    }
}
