import TerminalUI

/// A ``Table`` that builds only the rows in view, so a pane over 10,000 items costs what a
/// screenful costs; draws the more-above/below markers for the whole list.
struct WindowedTable {
    var columns: [TableColumn]
    var count: Int
    var state: ListState
    var focused: Bool
    var glyphs: GlyphSet
    /// Builds the cells of item `index`.
    var row: (Int) -> [Span]

    func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let height = max(0, rect.height - 1)
        let start = state.visibleOffset(count: count, height: height)
        let end = min(count, start + height)
        let rows = (start..<end).map(row)
        let window = ListState(selected: max(0, state.selected - start), offset: 0)
        Table(columns: columns, rows: rows, state: window, focused: focused, showsSelection: focused, glyphs: glyphs).render(in: rect, on: &buffer)
        let body = rect.droppingTop(1)
        if start > 0 { buffer.put(glyphs.moreAbove, x: body.maxX - 1, y: body.y, role: .textMuted) }
        if end < count { buffer.put(glyphs.moreBelow, x: body.maxX - 1, y: body.maxY - 1, role: .textMuted) }
    }
}
