import TerminalUI

/// Draws the whole dashboard for a state and size: a pure function, the same for the terminal and tests.
public enum DashboardRenderer {
    /// The frame for `state` at `size`; the "terminal too small" screen below the minimum.
    public static func render(_ state: DashboardState, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard DashboardLayout.fits(size) else {
            TooSmallScreen(required: DashboardLayout.minimumSize, glyphs: state.glyphs).render(on: &buffer)
            return buffer
        }
        let layout = DashboardLayout(size: size, focus: state.focus)
        HeaderView.render(state, in: layout.header, on: &buffer)
        switch state.screen {
        case .dashboard:
            for (pane, rect) in layout.panes {
                switch pane {
                case .processes: ProcessesPane.render(state, in: rect, on: &buffer)
                case .orders: OrdersPane.render(state, in: rect, on: &buffer)
                case .stock: StockPane.render(state, in: rect, on: &buffer)
                case .events: EventsPane.render(state, in: rect, on: &buffer)
                }
            }
        case .firstRun:
            FirstRunScreen.render(state, in: layout.body, on: &buffer)
        case .hosted(let hosted):
            hosted.render(in: layout.body, on: &buffer, glyphs: state.glyphs)
        }
        if let overlay = state.overlay { render(overlay, state: state, in: layout.body, on: &buffer) }
        BottomBar.render(state, in: layout.bottom, on: &buffer)
        return buffer
    }

    private static func render(_ overlay: Overlay, state: DashboardState, in body: Rect, on buffer: inout ScreenBuffer) {
        switch overlay {
        case .help(let offset):
            let sections = DashboardKeys.registry.helpSections(scopeOrder: DashboardKeys.scopeOrder, glyphs: state.glyphs)
            HelpOverlay(sections: sections, offset: offset, glyphs: state.glyphs, title: "Keys (Esc closes)").render(in: body, on: &buffer)
        case .order(let details):
            OrderDetailsOverlay.render(details, state: state, in: body, on: &buffer)
        case .parked(let list):
            ParkedOverlay.render(list, state: state, in: body, on: &buffer)
        case .settings(let form):
            SettingsOverlay.render(form, state: state, in: body, on: &buffer)
        case .themes(let picker):
            ThemePickerOverlay.render(picker, state: state, in: body, on: &buffer)
        }
    }
}
