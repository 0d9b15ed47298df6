import Dashboard
import Foundation
import SyncEngine
import TerminalUI
import TestSupport

/// A dashboard with a known, busy state: both sides connected, every kind of process state,
/// orders in every stage, stock moves both ways and a mismatch, a few log lines.
enum DashboardFixtures {
    static let utc = TimeZone(identifier: "UTC")!
    static let now = FixedDates.reference(plus: 600)

    /// An empty dashboard at `size`, at ``now`` in UTC.
    static func emptyState(size: Size = Size(width: 120, height: 30), glyphs: GlyphSet = .unicode) -> DashboardState {
        var configuration = Configuration()
        configuration.orders.schedule.intervalSeconds = 5
        return DashboardState(size: size, now: now, timeZone: utc, glyphs: glyphs, screen: .dashboard, homePath: "/home/admin/.local/state/ovsync",
                              configuration: configuration, themeName: "default", availableThemes: ["default", "light", "monochrome"])
    }

    /// The busy dashboard.
    static func state(size: Size = Size(width: 120, height: 30), glyphs: GlyphSet = .unicode) -> DashboardState {
        var state = emptyState(size: size, glyphs: glyphs)
        _ = state.update(.snapshot(snapshot()))
        _ = state.update(.engine(stock()))
        return state
    }

    static func snapshot(orderCount: Int = 0) -> DashboardSnapshot {
        DashboardSnapshot(connection: StateRecordFixtures.connection(), processes: processes(), orders: orders() + bulkOrders(orderCount),
                          parked: parked(), events: events(), engineRunning: true)
    }

    static func processes() -> [ProcessStateRecord] {
        var articles = ProcessStateRecord(connectionID: .primary, process: .articles)
        articles.lastRunAt = now.addingTimeInterval(-42)
        articles.nextRunAt = now.addingTimeInterval(18)
        articles.synced = 60
        var orders = ProcessStateRecord(connectionID: .primary, process: .orders)
        orders.state = .running
        orders.lastRunAt = now.addingTimeInterval(-5)
        orders.synced = 12
        orders.failed = 1
        var shipments = ProcessStateRecord(connectionID: .primary, process: .shipments, enabled: false)
        shipments.lastRunAt = now.addingTimeInterval(-3600)
        var stock = ProcessStateRecord(connectionID: .primary, process: .stock)
        stock.state = .backoff
        stock.lastError = "Visma answered 503; retrying"
        stock.lastRunAt = now.addingTimeInterval(-120)
        stock.nextRunAt = now.addingTimeInterval(30)
        return [articles, orders, shipments, stock]
    }

    static func orders() -> [OrderLinkRecord] {
        let stages: [OrderStage] = [.new, .sent, .picking, .changedAfterPicking, .shipped, .reported, .cancelled, .parked]
        return stages.enumerated().map { index, stage in
            var order = StateRecordFixtures.orderLink(number: 1040 + index, stage: stage, at: now.addingTimeInterval(Double(-300 + index * 30)))
            order.ongoingOrderID = stage == .new ? nil : 50_100 + index
            if stage == .changedAfterPicking { order.problem = "changed after picking started" }
            if stage == .parked { order.problem = "article X-9 does not exist in Ongoing" }
            return order
        }
    }

    static func bulkOrders(_ count: Int) -> [OrderLinkRecord] {
        (0..<count).map { index in
            StateRecordFixtures.orderLink(number: 100_000 + index, stage: .sent, at: now.addingTimeInterval(Double(-10_000 - index)))
        }
    }

    static func parked() -> [ParkedItem] {
        [ParkedItem(connectionID: .primary, process: .orders, key: "1047", reason: "article X-9 does not exist in Ongoing", attempts: 2,
                    parkedAt: now.addingTimeInterval(-60))]
    }

    static func events() -> [EventRecord] {
        [
            EventRecord(connectionID: .primary, entity: .connection, key: "default", at: now.addingTimeInterval(-400), message: "Visma connected: Acme AB"),
            EventRecord(connectionID: .primary, entity: .order, key: "1041", at: now.addingTimeInterval(-250), message: "created in Ongoing (orderId 50101, 2 lines)"),
            EventRecord(connectionID: .primary, entity: .order, key: "1047", at: now.addingTimeInterval(-60), level: .warning, message: "article X-9 does not exist in Ongoing"),
            EventRecord(connectionID: .primary, entity: .stock, key: "A-100", at: now.addingTimeInterval(-30), message: "balance 120 written to Visma"),
        ]
    }

    static func stock() -> [EngineEvent] {
        [
            .stock(StockChange(articleNumber: "A-100", previous: 118, current: 120, mismatch: false, at: now.addingTimeInterval(-30))),
            .stock(StockChange(articleNumber: "B-220", previous: 9, current: 7, mismatch: true, at: now.addingTimeInterval(-20))),
            .stock(StockChange(articleNumber: "C-330", previous: 5, current: 5, mismatch: false, at: now.addingTimeInterval(-10))),
        ]
    }

    /// A log line at `offset` seconds from ``now``.
    static func log(_ message: String, key: String = "1050", level: EventLevel = .info, offset: TimeInterval = 0) -> EngineEvent {
        .log(EventRecord(connectionID: .primary, entity: .order, key: key, at: now.addingTimeInterval(offset), level: level, message: message))
    }
}
