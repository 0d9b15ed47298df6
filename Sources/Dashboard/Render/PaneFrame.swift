import TerminalUI

/// The frame of a pane: `┌─ 2 Orders · badges ─┐`, focused or not; returns the inside.
enum PaneFrame {
    static func render(_ pane: Pane, badges: [Span], focused: Bool, in rect: Rect, on buffer: inout ScreenBuffer, glyphs: GlyphSet) -> Rect {
        let title = Span("\(pane.rawValue) \(pane.title)", role: focused ? .titleFocused : .title)
        let spans = badges.isEmpty ? [title] : [title] + badges.flatMap { [Span(glyphs.separator, role: .textMuted), $0] }
        return Box(titleSpans: spans, focused: focused, glyphs: glyphs).render(in: rect, on: &buffer)
    }

    /// A muted line saying the pane has nothing to show yet.
    static func empty(_ text: String, in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buffer.draw(text, x: rect.x + 1, y: rect.y, role: .textMuted, clip: rect)
    }
}
