import Foundation

/// What `ovsync status` reports: both connections, each process, the order queue and the
/// parked items — read from the state store, so it works while an engine runs elsewhere.
public struct StatusReport: Sendable, Equatable {
    /// The Visma side.
    public struct Visma: Sendable, Equatable {
        public var connected: Bool
        public var company: String?
        public var needsReauthorization: Bool
        public var stockModuleActive: Bool
    }

    /// The Ongoing side.
    public struct Ongoing: Sendable, Equatable {
        public var connected: Bool
        public var warehouse: String?
        public var goodsOwnerID: Int?
    }

    /// One process line.
    public struct Process: Sendable, Equatable {
        public var state: ProcessStateRecord
        public var parked: Int
    }

    public var visma: Visma
    public var ongoing: Ongoing
    public var processes: [Process]
    public var orders: [OrderLinkRecord]
    public var parked: [ParkedItem]

    /// Reads the report for `connection`; processes that never ran show their configured state.
    public static func read(from store: any StateStore, configuration: Configuration, connection: ConnectionID = .primary, orderLimit: Int = 200) throws -> StatusReport {
        try store.read { state in
            let record = try state.connection(connection) ?? ConnectionRecord(id: connection)
            let stored = Dictionary(uniqueKeysWithValues: try state.processStates(connection).map { ($0.process, $0) })
            let parked = try state.parkedItems(connection)
            let processes = ProcessName.allCases.map { name in
                Process(
                    state: stored[name] ?? ProcessStateRecord(connectionID: connection, process: name, enabled: configuration.schedule(of: name).enabled),
                    parked: parked.filter { $0.process == name }.count
                )
            }
            return StatusReport(
                visma: Visma(connected: record.vismaConnected, company: record.vismaCompany,
                             needsReauthorization: record.needsReauthorization, stockModuleActive: record.stockModuleActive),
                ongoing: Ongoing(connected: record.ongoingConnected, warehouse: record.ongoingWarehouse, goodsOwnerID: record.goodsOwnerID),
                processes: processes,
                orders: try state.orderLinks(connection, stages: nil, limit: orderLimit),
                parked: parked
            )
        }
    }

    /// The documented `status --json` object (DESIGN.md §4); absent values are JSON null.
    public func jsonObject() -> [String: Any] {
        func date(_ value: Date?) -> Any { value.map(Self.timestamp) ?? NSNull() }
        func optional(_ value: (any Sendable)?) -> Any { value ?? NSNull() }
        return [
            "visma": [
                "connected": visma.connected,
                "company": optional(visma.company),
                "needsReauthorization": visma.needsReauthorization,
                "stockModuleActive": visma.stockModuleActive,
            ] as [String: Any],
            "ongoing": [
                "connected": ongoing.connected,
                "warehouse": optional(ongoing.warehouse),
                "goodsOwnerId": optional(ongoing.goodsOwnerID),
            ] as [String: Any],
            "processes": processes.map { process -> [String: Any] in
                [
                    "name": process.state.process.rawValue,
                    "enabled": process.state.enabled,
                    "state": process.state.state.rawValue,
                    "lastRunAt": date(process.state.lastRunAt),
                    "nextRunAt": date(process.state.nextRunAt),
                    "lastError": optional(process.state.lastError),
                    "synced": process.state.synced,
                    "failed": process.state.failed,
                    "parked": process.parked,
                ]
            },
            "orders": orders.map { order -> [String: Any] in
                [
                    "vismaId": order.vismaID,
                    "vismaNumber": order.vismaNumber,
                    "ongoingOrderNumber": order.ongoingOrderNumber,
                    "ongoingOrderId": optional(order.ongoingOrderID),
                    "stage": order.stage.rawValue,
                    "problem": optional(order.problem),
                    "updatedAt": Self.timestamp(order.updatedAt),
                ]
            },
            "parked": parked.map { item -> [String: Any] in
                ["process": item.process.rawValue, "key": item.key, "reason": item.reason, "attempts": item.attempts]
            },
        ]
    }

    /// The report as pretty-printed JSON text.
    public func json() -> String {
        let data = (try? JSONSerialization.data(withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The report as lines for a person at a terminal.
    public func text() -> String {
        var lines: [String] = []
        let vismaLine = visma.connected
            ? "connected to \(visma.company ?? "?")\(visma.needsReauthorization ? " — NEEDS RE-AUTHORISATION (run ovsync connect visma)" : "")\(visma.stockModuleActive ? " (Visma stock module active: stock cannot be written)" : "")"
            : "not connected (run ovsync connect visma)"
        let ongoingLine = ongoing.connected
            ? "connected to \(ongoing.warehouse ?? "?"), goods owner \(ongoing.goodsOwnerID.map(String.init) ?? "?")"
            : "not connected (run ovsync connect ongoing)"
        lines.append("Visma:    \(vismaLine)")
        lines.append("Ongoing:  \(ongoingLine)")
        lines.append("")
        lines.append("PROCESS    ON   STATE                  LAST RUN              SYNCED  FAILED  PARKED  LAST ERROR")
        for process in processes {
            let state = process.state
            let lastRun = state.lastRunAt.map(Self.timestamp) ?? "never"
            lines.append([
                state.process.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
                (state.enabled ? "on" : "off").padding(toLength: 4, withPad: " ", startingAt: 0),
                state.state.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0),
                lastRun.padding(toLength: 21, withPad: " ", startingAt: 0),
                String(state.synced).leftPadded(6), String(state.failed).leftPadded(6), String(process.parked).leftPadded(6),
                state.lastError ?? "",
            ].joined(separator: " "))
        }
        let open = orders.filter { ![.reported, .cancelled].contains($0.stage) }
        lines.append("")
        lines.append("Orders: \(orders.count) known, \(open.count) open")
        if !parked.isEmpty {
            lines.append("")
            lines.append("Parked items:")
            for item in parked { lines.append("  \(item.process.rawValue) \(item.key): \(item.reason) (attempts: \(item.attempts))") }
        }
        return lines.joined(separator: "\n")
    }

    /// ISO 8601 in UTC with a `Z`, as the JSON shape documents.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
