import Foundation
import SyncEngine
import TerminalUI

/// One line of the Processes pane: marker, state, runs, counts and last error.
struct ProcessRow {
    let record: ProcessStateRecord
    let parked: Int
    /// The switch asked for and not yet confirmed.
    let pending: Bool?
    let now: Date

    /// The state as words, with a pending switch taking precedence.
    var stateText: String {
        if let pending { return pending ? "switching on" : "switching off" }
        // A process switched off mid-cycle reports its last state until the lane notices.
        if !record.enabled { return ProcessRunState.disabled.rawValue }
        switch record.state {
        case .needsReauthorization: return "needs re-auth"
        default: return record.state.rawValue
        }
    }

    /// The state marker and its role: never colour alone, the glyph differs too.
    func marker(_ glyphs: GlyphSet) -> Span {
        if pending != nil { return Span(String(glyphs.pending), role: .processPending) }
        if !record.enabled { return Span(String(glyphs.off), role: .processOff) }
        switch record.state {
        case .disabled: return Span(String(glyphs.off), role: .processOff)
        case .error, .needsReauthorization, .unavailable: return Span(String(glyphs.failed), role: .processError)
        case .backoff: return Span(String(glyphs.pending), role: .processPending)
        case .idle, .running: return Span(String(glyphs.on), role: .processOn)
        }
    }

    var stateRole: StyleRole {
        if pending != nil { return .processPending }
        if !record.enabled { return .processOff }
        switch record.state {
        case .disabled: return .processOff
        case .error, .needsReauthorization, .unavailable: return .processError
        case .backoff: return .processPending
        case .idle, .running: return .processOn
        }
    }

    var lastRun: String { record.lastRunAt.map { DisplayFormat.age(since: $0, now: now) + " ago" } ?? "never" }
    var nextRun: String {
        guard record.enabled else { return "off" }
        return record.nextRunAt.map { DisplayFormat.countdown(to: $0, now: now) } ?? (record.state == .running ? "now" : "-")
    }

    /// The table cells; `compact` leaves out the failed count for narrow panes.
    func cells(_ glyphs: GlyphSet, compact: Bool) -> [Span] {
        let failed = Span(String(record.failed), role: record.failed > 0 ? .logWarn : .text)
        return [
            marker(glyphs),
            Span(record.process.rawValue),
            Span(stateText, role: stateRole),
            Span(lastRun, role: .textMuted),
            Span(nextRun, role: .textMuted),
            Span(String(record.synced)),
        ] + (compact ? [] : [failed]) + [
            Span(String(parked), role: parked > 0 ? .queueAttention : .text),
            Span(record.lastError ?? "", role: .processError),
        ]
    }

    /// The row as one plain line, for copying.
    var summary: String {
        var text = "\(record.process.rawValue): \(record.enabled ? "on" : "off"), \(stateText), last run \(lastRun), next \(nextRun), "
            + "synced \(record.synced), failed \(record.failed), parked \(parked)"
        if let error = record.lastError { text += ", last error: \(error)" }
        return text
    }

    /// Panes narrower than this leave out the failed count.
    static let compactBelow = 80

    /// The table columns; `compact` leaves out the failed count.
    static func columns(compact: Bool) -> [TableColumn] {
        [
            TableColumn("", width: .fixed(1)),
            TableColumn("process", width: .fixed(9)),
            TableColumn("state", width: .fixed(14)),
            TableColumn("last run", width: .fixed(8)),
            TableColumn("next", width: .fixed(6)),
            TableColumn("synced", width: .fixed(6), alignment: .right),
        ] + (compact ? [] : [TableColumn("failed", width: .fixed(6), alignment: .right)]) + [
            TableColumn("parked", width: .fixed(6), alignment: .right),
            TableColumn("last error", width: .fill),
        ]
    }
}
