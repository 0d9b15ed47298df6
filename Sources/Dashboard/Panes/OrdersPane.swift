import TerminalUI

/// The Orders pane: the live queue, most recently changed first.
enum OrdersPane {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let focused = state.focus == .orders
        var badges = [Span("\(state.orders.openCount) open", role: .textMuted)]
        if state.orders.problemCount > 0 { badges.append(Span("\(state.orders.problemCount) with problems", role: .queueAttention)) }
        let inner = PaneFrame.render(.orders, badges: badges, focused: focused, in: rect, on: &buffer, glyphs: state.glyphs)
        let area = inner.inset(horizontal: 1, vertical: 0)
        guard state.orders.count > 0 else {
            PaneFrame.empty("No orders yet: they appear as Visma's open orders are sent to the warehouse.", in: area, on: &buffer)
            return
        }
        let now = state.displayTime
        WindowedTable(columns: OrderRow.columns, count: state.orders.count, state: state.orderList, focused: focused, glyphs: state.glyphs) { index in
            OrderRow(order: state.orders[index], now: now).cells(state.glyphs)
        }.render(in: area, on: &buffer)
    }
}
