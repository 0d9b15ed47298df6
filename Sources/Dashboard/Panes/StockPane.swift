import TerminalUI

/// The Stock pane: recent balances written from Ongoing to Visma, newest first.
enum StockPane {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let focused = state.focus == .stock
        let mismatches = state.stock.mismatchCount
        let badges = mismatches > 0 ? [Span("\(mismatches) mismatched", role: .queueAttention)] : []
        let inner = PaneFrame.render(.stock, badges: badges, focused: focused, in: rect, on: &buffer, glyphs: state.glyphs)
        let area = inner.inset(horizontal: 1, vertical: 0)
        guard state.stock.count > 0 else {
            PaneFrame.empty("No balance changes yet.", in: area, on: &buffer)
            return
        }
        let now = state.displayTime
        WindowedTable(columns: StockRow.columns(state.glyphs), count: state.stock.count, state: state.stockList, focused: focused, glyphs: state.glyphs) { index in
            StockRow(change: state.stock[index], now: now).cells(state.glyphs)
        }.render(in: area, on: &buffer)
    }
}
