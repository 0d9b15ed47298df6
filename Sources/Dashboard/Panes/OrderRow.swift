import Foundation
import SyncEngine
import TerminalUI

/// One line of the Orders pane: number, progress, stage, age and problem.
struct OrderRow {
    let order: OrderLinkRecord
    let now: Date

    var age: String { DisplayFormat.age(since: order.createdAt, now: now) }

    func cells(_ glyphs: GlyphSet) -> [Span] {
        let role = OrderStageStyle.role(order.stage)
        return [
            Span(String(order.vismaNumber)),
            Span(OrderStageStyle.progress(order.stage, glyphs: glyphs), role: role),
            Span(OrderStageStyle.word(order.stage), role: role),
            Span(age, role: .textMuted),
            Span(order.problem ?? "", role: order.stage == .parked ? .queueFailed : .queueAttention),
        ]
    }

    /// The row as one plain line, for copying.
    var summary: String {
        var text = "order \(order.vismaNumber) -> Ongoing \(order.ongoingOrderNumber)"
        if let id = order.ongoingOrderID { text += " (id \(id))" }
        text += ": \(OrderStageStyle.word(order.stage)), \(age) old"
        if let problem = order.problem { text += ", problem: \(problem)" }
        return text
    }

    static let columns = [
        TableColumn("order", width: .fixed(6), alignment: .right),
        TableColumn("progress", width: .fixed(8)),
        TableColumn("stage", width: .fixed(12)),
        TableColumn("age", width: .fixed(4), alignment: .right),
        TableColumn("problem", width: .fill),
    ]
}
