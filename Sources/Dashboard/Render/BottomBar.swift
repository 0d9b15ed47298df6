import TerminalUI

/// The bottom line: what is being typed, else a passing message, else the keys that work now.
enum BottomBar {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        if let input = state.input {
            let x = rect.x + buffer.draw(input.prompt, x: rect.x, y: rect.y, role: .hintKey, clip: rect)
            let field = Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1)
            TextField(input: input.text, focused: true).render(in: field, on: &buffer)
            return
        }
        if let flash = state.flash {
            let role: StyleRole = flash.tone == .warning ? .healthWarn : .text
            let text = TextFitting.truncate(" " + flash.text, toWidth: rect.width, ellipsis: state.glyphs.ellipsis)
            buffer.draw(text, x: rect.x, y: rect.y, role: role, clip: rect)
            return
        }
        HintBar(items: DashboardKeys.registry.hints(for: state.activeScopes, glyphs: state.glyphs)).render(in: rect, on: &buffer)
    }
}
