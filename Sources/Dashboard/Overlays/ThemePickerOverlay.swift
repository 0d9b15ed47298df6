import TerminalUI

/// The theme picker: every theme found, the one in use ticked.
enum ThemePickerOverlay {
    static func render(_ picker: ThemePicker, state: DashboardState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let width = (picker.names.map { DisplayWidth.of($0) }.max() ?? 0) + 12
        let size = Size(width: min(screen.width, max(30, width)), height: min(screen.height, picker.names.count + 2))
        let area = OverlayFrame.render(title: "Theme", size: size, in: screen, on: &buffer, glyphs: state.glyphs)
        let rows = picker.names.map { name in
            [Span(name == state.themeName ? "\(state.glyphs.check) " : "  ", role: .healthOK), Span(name, role: .dialog)]
        }
        ListView(rows: rows, state: picker.list, glyphs: state.glyphs).render(in: area, on: &buffer)
    }
}
