import SyncEngine
import TerminalUI

/// The order details overlay: where the order is, what is wrong, and its event history.
enum OrderDetailsOverlay {
    static func render(_ details: OrderDetails, state: DashboardState, in screen: Rect, on buffer: inout ScreenBuffer) {
        guard let order = state.orders.order(vismaID: details.vismaID) else { return }
        let glyphs = state.glyphs
        let size = Size(width: min(110, screen.width), height: 10 + max(1, details.history?.count ?? 1))
        let area = OverlayFrame.render(title: "Order \(order.vismaNumber)", size: size, in: screen, on: &buffer, glyphs: glyphs)
        let now = state.displayTime
        let zone = state.timeZone
        var lines: [[Span]] = [
            [Span("Stage     ", role: .textMuted), Span(OrderStageStyle.progress(order.stage, glyphs: glyphs) + " ", role: OrderStageStyle.role(order.stage)),
             Span(OrderStageStyle.word(order.stage), role: OrderStageStyle.role(order.stage))],
            [Span("Visma     ", role: .textMuted), Span("order \(order.vismaNumber) (id \(order.vismaID))")],
            [Span("Ongoing   ", role: .textMuted),
             Span("order \(order.ongoingOrderNumber)" + (order.ongoingOrderID.map { ", id \($0)" } ?? ", not created yet")
                  + (order.ongoingStatus.map { ", status \($0)" } ?? ""))],
            [Span("Times     ", role: .textMuted),
             Span("created \(DisplayFormat.clock(order.createdAt, timeZone: zone)) (\(DisplayFormat.age(since: order.createdAt, now: now)) ago), "
                  + "last change \(DisplayFormat.clock(order.updatedAt, timeZone: zone)) (\(DisplayFormat.age(since: order.updatedAt, now: now)) ago)")],
            [Span("Problem   ", role: .textMuted), order.problem.map { Span($0, role: .queueAttention) } ?? Span("none")],
            [],
        ]
        guard let history = details.history else {
            lines.append([Span("Loading the history" + glyphs.ellipsis, role: .textMuted)])
            draw(lines, in: area, on: &buffer)
            return
        }
        lines.append([Span("History, newest first (\(history.count))", role: .header)])
        let fixed = lines.count
        let room = max(0, area.height - fixed)
        let start = min(details.offset, max(0, history.count - room))
        for record in history.dropFirst(start).prefix(room) {
            lines.append([
                Span(DisplayFormat.clock(record.at, timeZone: zone) + " ", role: .textMuted),
                Span(EventLine(record, timeZone: zone).levelTag + " ", role: record.level == .info ? .dialog : .logWarn),
                Span(record.message),
            ])
        }
        if history.isEmpty { lines.append([Span("No events recorded for this order.", role: .textMuted)]) }
        draw(lines, in: area, on: &buffer)
        if start > 0 { buffer.put(glyphs.moreAbove, x: area.maxX, y: area.y + fixed, role: .textMuted) }
        if start + room < history.count { buffer.put(glyphs.moreBelow, x: area.maxX, y: area.maxY - 1, role: .textMuted) }
    }

    private static func draw(_ lines: [[Span]], in area: Rect, on buffer: inout ScreenBuffer) {
        for (row, line) in lines.enumerated() { OverlayFrame.line(line, in: area, row: row, on: &buffer) }
    }
}
