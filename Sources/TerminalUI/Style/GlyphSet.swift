/// The drawing characters widgets use; the caller picks Unicode or ASCII (non-UTF-8 locales, `--ascii`).
///
/// Under a non-UTF-8 locale ncursesw silently drops every non-ASCII cell, so the ASCII set must
/// contain nothing but ASCII.
public struct GlyphSet: Sendable, Hashable {
    /// Top-left box corner.
    public var topLeft: Character
    /// Top-right box corner.
    public var topRight: Character
    /// Bottom-left box corner.
    public var bottomLeft: Character
    /// Bottom-right box corner.
    public var bottomRight: Character
    /// Horizontal box edge.
    public var horizontal: Character
    /// Vertical box edge.
    public var vertical: Character
    /// State marker: on / healthy.
    public var on: Character
    /// State marker: off.
    public var off: Character
    /// State marker: pending / in between.
    public var pending: Character
    /// State marker: failed.
    public var failed: Character
    /// Marker for an increase.
    public var up: Character
    /// Marker for a decrease.
    public var down: Character
    /// Marker for no change.
    public var unchanged: Character
    /// Marker for a right-pointing flow, e.g. `Visma → Ongoing`.
    public var arrow: Character
    /// Marks cut-off text.
    public var ellipsis: String
    /// Replaces each character of a masked field.
    public var mask: Character
    /// Marks the selected row of a list.
    public var selectionMarker: Character
    /// Shows there is more content above.
    public var moreAbove: Character
    /// Shows there is more content below.
    public var moreBelow: Character
    /// Separates the two numbers of a size, as in "need 60×15".
    public var times: Character
    /// A tick for checks that passed.
    public var check: Character
    /// A cross for checks that failed.
    public var cross: Character
    /// Whether the set uses non-ASCII characters, so key names may be written as arrows too.
    public var isUnicode: Bool

    /// Box drawing, dots and arrows from Unicode; for UTF-8 locales.
    public static let unicode = GlyphSet(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        on: "●", off: "○", pending: "◐", failed: "✗", up: "↑", down: "↓", unchanged: "=", arrow: "→",
        ellipsis: "…", mask: "•", selectionMarker: "▶", moreAbove: "▲", moreBelow: "▼", times: "×",
        check: "✓", cross: "✗", isUnicode: true)

    /// Plain ASCII look-alikes; for `LANG=C` and `--ascii`.
    public static let ascii = GlyphSet(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        on: "*", off: "o", pending: "~", failed: "x", up: "+", down: "-", unchanged: "=", arrow: ">",
        ellipsis: "~", mask: "*", selectionMarker: ">", moreAbove: "^", moreBelow: "v", times: "x",
        check: "v", cross: "x", isUnicode: false)
}
