import SyncEngine
import TerminalUI

/// The Processes pane: each process with its switch, state, runs, counts and last error.
enum ProcessesPane {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let focused = state.focus == .processes
        let on = ProcessName.allCases.filter { state.process($0).enabled }.count
        let inner = PaneFrame.render(.processes, badges: [Span("\(on)/\(ProcessName.allCases.count) on", role: .textMuted)],
                                     focused: focused, in: rect, on: &buffer, glyphs: state.glyphs)
        let area = inner.inset(horizontal: 1, vertical: 0)
        let compact = area.width < ProcessRow.compactBelow
        WindowedTable(
            columns: ProcessRow.columns(compact: compact), count: ProcessName.allCases.count, state: state.processList,
            focused: focused, glyphs: state.glyphs
        ) { index in
            row(state, ProcessName.allCases[index]).cells(state.glyphs, compact: compact)
        }.render(in: area, on: &buffer)
    }

    /// The row of `process` as the pane shows it.
    static func row(_ state: DashboardState, _ process: ProcessName) -> ProcessRow {
        ProcessRow(record: state.process(process), parked: state.parkedCount(process), pending: state.pendingToggles[process], now: state.displayTime)
    }
}
