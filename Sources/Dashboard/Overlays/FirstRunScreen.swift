import TerminalUI

/// Shown instead of the panes when the home has no working connection yet: what is missing and
/// the two ways forward — set it up, or watch the demo first.
enum FirstRunScreen {
    static func render(_ state: DashboardState, in body: Rect, on buffer: inout ScreenBuffer) {
        let glyphs = state.glyphs
        let ongoing = state.connection?.ongoingConnected == true
        let visma = state.connection?.vismaConnected == true
        let lines: [[Span]] = [
            [Span("Welcome to ovsync", role: .titleFocused)],
            [],
            [Span("Nothing is running in \(state.homePath) yet:", role: .text)],
            [Span("  \(ongoing ? glyphs.check : glyphs.cross) Ongoing WMS ", role: ongoing ? .healthOK : .healthBad),
             Span(ongoing ? "connected" : "not connected", role: .textMuted)],
            [Span("  \(visma ? glyphs.check : glyphs.cross) Visma eAccounting ", role: visma ? .healthOK : .healthBad),
             Span(visma ? "connected" : "not connected", role: .textMuted)],
            [],
            [Span("Set it up", role: .header)],
            [Span("  ovsync setup", role: .link), Span("            the setup wizard (press s)")],
            [Span("  ovsync connect ongoing", role: .link), Span("  verify and store the warehouse API user")],
            [Span("  ovsync connect visma", role: .link), Span("    sign in to the Visma company")],
            [],
            [Span("Or see it work first, with no accounts", role: .header)],
            [Span("  ovsync demo", role: .link), Span("             both services simulated, orders flowing live")],
        ]
        let width = lines.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
        let area = body.centered(Size(width: width + 6, height: lines.count + 2))
        let inner = Box(glyphs: glyphs).render(in: area, on: &buffer).inset(horizontal: 2, vertical: 0)
        for (row, line) in lines.enumerated() where row < inner.height {
            buffer.draw(line, x: inner.x, y: inner.y + row, clip: inner.droppingTop(row).top(1))
        }
    }
}
