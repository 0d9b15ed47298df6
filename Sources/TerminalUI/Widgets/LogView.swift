/// A log pane: shows the newest lines (or a paused window), optionally only those matching a filter
/// with every match highlighted.
public struct LogView: Sendable {
    /// All lines, oldest first.
    public var lines: [[Span]]
    /// Case-insensitive text a line must contain to be shown; empty shows all.
    public var filter: String
    /// Follow/pause and scroll position.
    public var state: LogViewState
    /// Scroll-indicator characters.
    public var glyphs: GlyphSet

    /// Creates a log view.
    public init(lines: [[Span]], filter: String = "", state: LogViewState = LogViewState(), glyphs: GlyphSet = .unicode) {
        self.lines = lines
        self.filter = filter
        self.state = state
        self.glyphs = glyphs
    }

    /// The lines the filter lets through, the ones scrolling and counts refer to.
    public var shownLines: [[Span]] {
        filter.isEmpty ? lines : lines.filter { TextSearch.contains(filter, in: Self.text(of: $0)) }
    }

    /// Draws the window of shown lines into `rect`, highlighting filter matches.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let shown = shownLines
        let start = state.firstVisible(lineCount: shown.count, height: rect.height)
        let end = min(shown.count, start + rect.height)
        for (row, index) in (start..<end).enumerated() {
            let area = rect.droppingTop(row).top(1)
            buffer.draw(shown[index], x: area.x, y: area.y, clip: area)
            highlightMatches(in: shown[index], row: area, on: &buffer)
        }
        if start > 0 {
            buffer.put(glyphs.moreAbove, x: rect.maxX - 1, y: rect.y, role: .textMuted)
        }
        if end < shown.count {
            buffer.put(glyphs.moreBelow, x: rect.maxX - 1, y: rect.maxY - 1, role: .textMuted)
        }
    }

    /// Restyles the columns of every filter match in a drawn line.
    private func highlightMatches(in line: [Span], row: Rect, on buffer: inout ScreenBuffer) {
        guard !filter.isEmpty else { return }
        let text = Self.text(of: line)
        let matches = TextSearch.ranges(of: filter, in: text)
        guard !matches.isEmpty else { return }
        // Character offset → starting column, so wide characters highlight correctly.
        var columns: [Int] = []
        columns.reserveCapacity(text.count + 1)
        var column = row.x
        for character in text {
            columns.append(column)
            column += DisplayWidth.of(character)
        }
        columns.append(column)
        for match in matches {
            let start = columns[match.lowerBound]
            buffer.restyle(Rect(x: start, y: row.y, width: columns[match.upperBound] - start, height: 1).intersection(row), role: .filterMatch)
        }
    }

    private static func text(of line: [Span]) -> String {
        line.count == 1 ? line[0].text : line.map(\.text).joined()
    }
}
