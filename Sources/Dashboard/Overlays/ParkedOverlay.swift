import SyncEngine
import TerminalUI

/// The parked items overlay: what each process could not handle, and why.
enum ParkedOverlay {
    static func render(_ list: ListState, state: DashboardState, in screen: Rect, on buffer: inout ScreenBuffer) {
        let size = Size(width: min(110, screen.width), height: min(screen.height, state.parked.count + 6))
        let area = OverlayFrame.render(title: "Parked items (\(state.parked.count))", size: size, in: screen, on: &buffer, glyphs: state.glyphs)
        guard !state.parked.isEmpty else {
            OverlayFrame.line([Span("Nothing is parked: every item went through or is still being retried.")], in: area, row: 0, on: &buffer)
            return
        }
        let columns = [
            TableColumn("process", width: .fixed(9)), TableColumn("item", width: .fixed(12)),
            TableColumn("tries", width: .fixed(5), alignment: .right), TableColumn("reason", width: .fill),
        ]
        let parked = state.parked
        WindowedTable(columns: columns, count: parked.count, state: list, focused: true, glyphs: state.glyphs) { index in
            let item = parked[index]
            return [Span(item.process.rawValue, role: .dialog), Span(item.key, role: .dialog), Span(String(item.attempts), role: .dialog),
                    Span(item.reason, role: .queueFailed)]
        }.render(in: area, on: &buffer)
    }
}
