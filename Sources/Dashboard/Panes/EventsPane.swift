import SyncEngine
import TerminalUI

/// The Events pane: the log, newest at the bottom, following or paused, filtered with every
/// match highlighted. Only the lines in view are drawn.
enum EventsPane {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let focused = state.focus == .events
        let height = max(0, rect.height - 2)
        let count = state.events.shownCount
        let view = state.eventsView
        var badges: [Span] = []
        if view.follow {
            badges.append(Span("follow", role: .textMuted))
        } else {
            let below = view.linesBelow(lineCount: count, height: height)
            badges.append(Span(below > 0 ? "paused, \(below) new" : "paused", role: .processPending))
        }
        if !state.events.filter.isEmpty {
            badges.append(Span("filter \"\(state.events.filter)\" \(count)/\(state.events.totalCount)", role: .filterMatch))
        }
        let inner = PaneFrame.render(.events, badges: badges, focused: focused, in: rect, on: &buffer, glyphs: state.glyphs)
        let area = inner.inset(horizontal: 1, vertical: 0)
        guard count > 0 else {
            PaneFrame.empty(state.events.filter.isEmpty ? "No events yet." : "No event matches the filter.", in: area, on: &buffer)
            return
        }
        let start = view.firstVisible(lineCount: count, height: area.height)
        let end = min(count, start + area.height)
        let lines = (start..<end).map { spans(for: state.events[shown: $0], timestamps: state.showsTimestamps) }
        LogView(lines: lines, filter: state.events.filter, glyphs: state.glyphs).render(in: area, on: &buffer)
        if start > 0 { buffer.put(state.glyphs.moreAbove, x: area.maxX - 1, y: area.y, role: .textMuted) }
        if end < count { buffer.put(state.glyphs.moreBelow, x: area.maxX - 1, y: area.maxY - 1, role: .textMuted) }
    }

    private static func spans(for line: EventLine, timestamps: Bool) -> [Span] {
        let role: StyleRole
        switch line.level {
        case .debug: role = .logDebug
        case .info: role = .logInfo
        case .warning: role = .logWarn
        case .error: role = .logError
        }
        let text = [Span(line.levelTag + " ", role: role), Span(line.text, role: line.level == .info ? .text : role)]
        return timestamps ? [Span(line.time + " ", role: .textMuted)] + text : text
    }
}
