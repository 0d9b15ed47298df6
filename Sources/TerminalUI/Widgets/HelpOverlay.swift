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
                lines.append([
                    Span("  ", role: .dialog), Span(entry.keys, role: .hintKey), Span(padding, role: .dialog),
                    Span(entry.description, role: .dialog),
                ])
            }
        }
        return lines
    }

    /// Draws the overlay centred in `screen`, leaving a two-column, one-row margin.
    public func render(in screen: Rect, on buffer: inout ScreenBuffer) {
        let content = lines
        let contentWidth = content.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let room = screen.inset(horizontal: 2, vertical: 1)
        // A scrolling overlay needs one more column so the scroll markers do not cover text.
        let markerColumn = content.count + 2 > room.height ? 1 : 0
        let wanted = Size(width: max(contentWidth, DisplayWidth.of(title) + 4) + 4 + markerColumn, height: content.count + 2)
        let area = room.centered(wanted)
        let inner = Box(title: title, focused: true, glyphs: glyphs, fill: .dialog).render(in: area, on: &buffer)
        // The hidden selection only anchors the window at `offset`; ListView clamps it and draws
        // the more-above/below markers.
        let anchor = ListState(selected: min(offset, max(0, content.count - 1)), offset: offset)
        ListView(rows: content, state: anchor, showsMarker: false, showsSelection: false, glyphs: glyphs)
            .render(in: inner.inset(horizontal: 1, vertical: 0), on: &buffer)
    }
}
