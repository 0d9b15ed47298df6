import TerminalUI

/// The box an overlay is drawn in: centred over the panes, filled so nothing shows through.
enum OverlayFrame {
    /// Draws a box of at most `size` centred in `screen` (a margin left around it) and returns its inside, one column padded.
    static func render(title: String, size: Size, in screen: Rect, on buffer: inout ScreenBuffer, glyphs: GlyphSet) -> Rect {
        let room = screen.inset(horizontal: 2, vertical: 1)
        let area = room.centered(size)
        let inner = Box(title: title, focused: true, glyphs: glyphs, fill: .dialog).render(in: area, on: &buffer)
        return inner.inset(horizontal: 1, vertical: 0)
    }

    /// Draws one line of spans in the overlay's dialog role where the spans keep the plain text role.
    static func line(_ spans: [Span], in area: Rect, row: Int, on buffer: inout ScreenBuffer) {
        guard row >= 0 && row < area.height else { return }
        let restyled = spans.map { $0.role == .text ? Span($0.text, role: .dialog) : $0 }
        buffer.draw(restyled, x: area.x, y: area.y + row, clip: area.droppingTop(row).top(1))
    }
}
