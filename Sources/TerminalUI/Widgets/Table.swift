/// A column of a ``Table``: heading, how wide it is and how its cells align.
public struct TableColumn: Sendable, Hashable {
    /// The heading.
    public var title: String
    /// The width rule, shared with the layout splitter (fixed, ratio, minimum, fill).
    public var width: LayoutConstraint
    /// Alignment of the heading and cells; numbers read best right-aligned.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, width: LayoutConstraint = .fill, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A table with a heading row and selectable, scrolling body rows of one span per cell.
public struct Table: Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// Body rows; each has one span per column (missing cells are blank).
    public var rows: [[Span]]
    /// Selection and scroll position of the body.
    public var state: ListState
    /// Whether the table has focus.
    public var focused: Bool
    /// Whether the selected row is highlighted.
    public var showsSelection: Bool
    /// Columns between cells.
    public var spacing: Int
    /// Ellipsis and scroll-indicator characters.
    public var glyphs: GlyphSet

    /// Creates a table.
    public init(
        columns: [TableColumn], rows: [[Span]], state: ListState = ListState(), focused: Bool = true,
        showsSelection: Bool = true, spacing: Int = 1, glyphs: GlyphSet = .unicode
    ) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.focused = focused
        self.showsSelection = showsSelection
        self.spacing = spacing
        self.glyphs = glyphs
    }

    /// Draws the heading in the first row of `rect` and the body below it.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let widths = LayoutConstraint.distribute(rect.width, among: columns.map(\.width), spacing: spacing)
        let heading = line(columns.map { Span($0.title, role: .header) }, widths: widths)
        buffer.draw(heading, x: rect.x, y: rect.y, clip: rect.top(1))
        let body = ListView(
            rows: rows.map { line($0, widths: widths) }, state: state, focused: focused, showsMarker: false,
            showsSelection: showsSelection, glyphs: glyphs)
        body.render(in: rect.droppingTop(1), on: &buffer)
    }

    /// Lays out one row's cells as a single line of spans, padded and aligned to the column widths.
    private func line(_ cells: [Span], widths: [Int]) -> [Span] {
        var spans: [Span] = []
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            let cell = index < cells.count ? cells[index] : Span("")
            let text = TextFitting.truncate(cell.text, toWidth: width, ellipsis: glyphs.ellipsis)
            let textWidth = DisplayWidth.of(text)
            let lead = column.alignment.offset(textWidth: textWidth, areaWidth: width)
            let trail = width - textWidth - lead + (index < columns.count - 1 ? spacing : 0)
            spans.append(Span(String(repeating: " ", count: lead), role: cell.role))
            spans.append(Span(text, role: cell.role))
            spans.append(Span(String(repeating: " ", count: max(0, trail)), role: .text))
        }
        return spans
    }
}
