import TerminalUI

extension GlyphSet {
    /// The separator between items on one line: a middle dot, or a hyphen in ASCII.
    var separator: String { isUnicode ? " · " : " - " }
}
