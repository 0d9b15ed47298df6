/// The `?` overlay: every key binding grouped by scope, filterable and scrollable, in a centred box.
public struct HelpOverlay: Sendable {
    /// The content, usually ``KeyRegistry/helpSections(scopeOrder:glyphs:)``.
    public var sections: [HelpSection]
    /// Only entries whose keys or description contain this text are listed (case-insensitive).
    public var filter: String
    /// First content line shown; clamped when rendering.
    public var offset: Int
    /// Frame and indicator characters.
    public var glyphs: GlyphSet
    /// The box title.
    public var title: String

    /// Creates an overlay.
    public init(sections: [HelpSection], filter: String = "", offset: Int = 0, glyphs: GlyphSet = .unicode, title: String = "Keys") {
        self.sections = sections
        self.filter = filter
        self.offset = offset
        self.glyphs = glyphs
        self.title = title
    }

    /// The content lines after filtering, so callers can clamp their scroll offset.
    public var lines: [[Span]] {
        let keysWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines: [[Span]] = []
        for section in sections {
            let entries = section.entries.filter {
                TextSearch.contains(filter, in: $0.keys) || TextSearch.contains(filter, in: $0.description)
            }
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(section.title, role: .header)])
            for entry in entries {
                let padding = String(repeating: " ", count: keysWidth - DisplayWidth.of(entry.keys) + 2)
                lines.append([Span("  "), Span(entry.keys, role: .hintKey), Span(padding), Span(entry.description, role: .dialog)])
            }
        }
        return lines
    }

    /// Draws the overlay centred in `screen`, leaving a two-column, one-row margin.
    public func render(in screen: Rect, on buffer: inout ScreenBuffer) {
        let content = lines
        let contentWidth = content.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let wanted = Size(width: max(contentWidth, DisplayWidth.of(title) + 4) + 4, height: content.count + 2)
        let area = screen.inset(horizontal: 2, vertical: 1).centered(wanted)
        let inner = Box(title: title, focused: true, glyphs: glyphs, fill: .dialog).render(in: area, on: &buffer)
        let body = inner.inset(horizontal: 1, vertical: 0)
        let rows = content.map { line in line.map { $0.role == .text ? Span($0.text, role: .dialog) : $0 } }
        ListView(
            rows: rows, state: ListState(selected: min(offset, max(0, rows.count - 1)), offset: offset),
            showsMarker: false, showsSelection: false, glyphs: glyphs
        ).render(in: body, on: &buffer)
    }
}
