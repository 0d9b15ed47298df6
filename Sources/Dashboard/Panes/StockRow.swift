import Foundation
import SyncEngine
import TerminalUI

/// One line of the Stock pane: article, old → new, Δ with an arrow, mismatch flag, age.
struct StockRow {
    let change: StockChange
    let now: Date

    /// The change written out, e.g. `12 → 10`.
    func movement(_ glyphs: GlyphSet) -> String {
        "\(change.previous.map(DisplayFormat.quantity) ?? "?") \(glyphs.arrow) \(DisplayFormat.quantity(change.current))"
    }

    /// Δ with its direction glyph (`↑2`, `↓3`, `=`), and its role.
    func delta(_ glyphs: GlyphSet) -> Span {
        guard let delta = change.delta else { return Span("new", role: .deltaZero) }
        if delta > 0 { return Span(String(glyphs.up) + DisplayFormat.quantity(delta), role: .deltaUp) }
        if delta < 0 { return Span(String(glyphs.down) + DisplayFormat.quantity(-delta), role: .deltaDown) }
        return Span(String(glyphs.unchanged), role: .deltaZero)
    }

    func cells(_ glyphs: GlyphSet) -> [Span] {
        [
            Span(change.articleNumber),
            Span(movement(glyphs)),
            delta(glyphs),
            change.mismatch ? Span("\(glyphs.failed) mismatch", role: .queueAttention) : Span(""),
            Span(DisplayFormat.age(since: change.at, now: now), role: .textMuted),
        ]
    }

    /// The row as one plain line, for copying.
    var summary: String {
        var text = "\(change.articleNumber): \(change.previous.map(DisplayFormat.quantity) ?? "?") -> \(DisplayFormat.quantity(change.current))"
        if let delta = change.delta { text += " (\(delta >= 0 ? "+" : "")\(DisplayFormat.quantity(delta)))" }
        if change.mismatch { text += ", mismatch: Visma's balance had been changed elsewhere" }
        return text
    }

    /// The columns, headed with the glyph set's arrow.
    static func columns(_ glyphs: GlyphSet) -> [TableColumn] {
        [
            TableColumn("article", width: .minimum(8)),
            TableColumn("old \(glyphs.arrow) new", width: .fixed(15)),
            TableColumn("change", width: .fixed(8), alignment: .right),
            TableColumn("", width: .fixed(10)),
            TableColumn("age", width: .fixed(4), alignment: .right),
        ]
    }
}
