import SyncEngine
import TerminalUI

/// The two header rows: product, health, freeze and clock; then both connections.
enum HeaderView {
    static func render(_ state: DashboardState, in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let first = rect.top(1)
        var spans = [Span(" ovsync", role: .title)]
        if case .hosted(let hosted) = state.screen {
            spans.append(Span(state.glyphs.separator + hosted.title, role: .title))
        } else {
            spans += [Span(state.glyphs.separator, role: .textMuted)] + health(state)
        }
        if let frozenAt = state.frozenAt {
            let held = state.heldWhileFrozen.count
            spans.append(Span("  FROZEN at \(DisplayFormat.clock(frozenAt, timeZone: state.timeZone))\(held > 0 ? ", \(held) updates held" : "") (f resumes)",
                              role: .processPending))
        }
        let used = buffer.draw(spans, x: first.x, y: first.y, clip: first)
        let clock = DisplayFormat.clock(state.now, timeZone: state.timeZone) + " "
        let clockWidth = DisplayWidth.of(clock)
        if used + clockWidth + 2 <= first.width {
            buffer.draw(clock, x: first.maxX - clockWidth, y: first.y, role: .textMuted, clip: first)
        }
        buffer.draw(connections(state), x: rect.x, y: rect.y + 1, clip: rect.droppingTop(1).top(1))
    }

    private static func health(_ state: DashboardState) -> [Span] {
        let glyphs = state.glyphs
        switch state.health {
        case .ok: return [Span("\(glyphs.on) healthy", role: .healthOK)]
        case .warning: return [Span("\(glyphs.pending) needs attention", role: .healthWarn)]
        case .bad: return [Span("\(glyphs.failed) problem", role: .healthBad)]
        }
    }

    private static func connections(_ state: DashboardState) -> [Span] {
        let glyphs = state.glyphs
        let record = state.connection
        var spans = [Span(" Visma ", role: .header)]
        if let record, record.vismaConnected {
            let company = record.vismaCompany ?? "?"
            if record.needsReauthorization {
                spans += [Span("\(glyphs.cross) \(company)\(glyphs.separator)token rejected: needs re-authorisation", role: .healthBad)]
            } else {
                spans += [Span("\(glyphs.check) ", role: .healthOK), Span(company), Span("\(glyphs.separator)token ok", role: .textMuted)]
            }
            if record.stockModuleActive { spans.append(Span("\(glyphs.separator)stock module on", role: .healthWarn)) }
        } else {
            spans.append(Span("\(glyphs.cross) not connected", role: .healthBad))
        }
        spans.append(Span("   Ongoing ", role: .header))
        if let record, record.ongoingConnected {
            spans += [Span("\(glyphs.check) ", role: .healthOK), Span(record.ongoingWarehouse ?? "?"),
                      Span("\(glyphs.separator)goods owner \(record.goodsOwnerID.map(String.init) ?? "?")", role: .textMuted)]
        } else {
            spans.append(Span("\(glyphs.cross) not connected", role: .healthBad))
        }
        return spans
    }
}
