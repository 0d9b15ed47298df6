/// A vertical list of styled rows with a highlighted selection and scroll markers.
public struct ListView: Sendable {
    /// One line of spans per item.
    public var rows: [[Span]]
    /// Selection and scroll position.
    public var state: ListState
    /// Whether the list has focus; an unfocused list shows its selection in the inactive role.
    public var focused: Bool
    /// Whether the selected row starts with the selection marker (`▶`); all rows are indented to match.
    public var showsMarker: Bool
    /// Whether a selection is shown at all (read-only lists turn it off).
    public var showsSelection: Bool
    /// Marker and scroll-indicator characters.
    public var glyphs: GlyphSet

    /// Creates a list.
    public init(
        rows: [[Span]], state: ListState = ListState(), focused: Bool = true, showsMarker: Bool = true,
        showsSelection: Bool = true, glyphs: GlyphSet = .unicode
    ) {
        self.rows = rows
        self.state = state
        self.focused = focused
        self.showsMarker = showsMarker
        self.showsSelection = showsSelection
        self.glyphs = glyphs
    }

    /// Draws the visible rows into `rect`.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let start = state.visibleOffset(count: rows.count, height: rect.height)
        let end = min(rows.count, start + rect.height)
        let indent = showsMarker ? 2 : 0
        for (line, index) in (start..<end).enumerated() {
            let row = rect.droppingTop(line).top(1)
            let isSelected = showsSelection && index == state.selected
            if isSelected && showsMarker {
                buffer.put(glyphs.selectionMarker, x: row.x, y: row.y, role: .text, clip: row)
            }
            buffer.draw(rows[index], x: row.x + indent, y: row.y, clip: row)
            if isSelected { buffer.restyle(row, role: focused ? .selection : .selectionInactive) }
        }
        if start > 0 {
            buffer.put(glyphs.moreAbove, x: rect.maxX - 1, y: rect.y, role: .textMuted)
        }
        if end < rows.count {
            buffer.put(glyphs.moreBelow, x: rect.maxX - 1, y: rect.maxY - 1, role: .textMuted)
        }
    }
}
