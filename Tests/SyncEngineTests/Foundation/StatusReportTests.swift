import Foundation
import SyncEngine
import Testing
import TestSupport

/// `status --json`: the documented keys and types, nulls for absent values, UTC timestamps.
struct StatusReportTests {
    private func object(_ report: StatusReport) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
    }

    @Test func emptyStateReportsEveryDocumentedKeyWithNulls() throws {
        let database = try TemporaryStateStore()
        let report = try StatusReport.read(from: database.store, configuration: Configuration())
        let json = try object(report)
        #expect(Set(json.keys).isSuperset(of: ["visma", "ongoing", "processes", "orders", "parked"]))

        let visma = try #require(json["visma"] as? [String: Any])
        #expect(Set(visma.keys).isSuperset(of: ["connected", "company", "needsReauthorization"]))
        #expect(visma["company"] is NSNull)
        let ongoing = try #require(json["ongoing"] as? [String: Any])
        #expect(Set(ongoing.keys).isSuperset(of: ["connected", "warehouse", "goodsOwnerId"]))
        #expect(ongoing["warehouse"] is NSNull)
        #expect(ongoing["goodsOwnerId"] is NSNull)

        let processes = try #require(json["processes"] as? [[String: Any]])
        #expect(processes.compactMap { $0["name"] as? String } == ["articles", "orders", "shipments", "stock"])
        for process in processes {
            #expect(Set(process.keys).isSuperset(of: ["name", "enabled", "state", "lastRunAt", "nextRunAt", "lastError", "synced", "failed", "parked"]))
            #expect(process["lastRunAt"] is NSNull)
            #expect(process["nextRunAt"] is NSNull)
            #expect(process["lastError"] is NSNull)
        }
        #expect((json["orders"] as? [Any])?.isEmpty == true)
        #expect((json["parked"] as? [Any])?.isEmpty == true)

        let typed = try JSONDecoder().decode(StatusDocument.self, from: Data(report.json().utf8))
        #expect(typed.visma == .init(connected: false, company: nil, needsReauthorization: false))
        #expect(typed.ongoing == .init(connected: false, warehouse: nil, goodsOwnerId: nil))
        #expect(typed.processes.allSatisfy { $0.enabled && $0.state == "idle" && $0.synced == 0 && $0.failed == 0 && $0.parked == 0 })
    }

    @Test func processesThatNeverRanShowTheirConfiguredSwitch() throws {
        let database = try TemporaryStateStore()
        var configuration = Configuration()
        configuration.stock.schedule.enabled = false
        let report = try StatusReport.read(from: database.store, configuration: configuration)
        let stock = try #require(report.processes.first { $0.state.process == .stock })
        #expect(stock.state.enabled == false)
        #expect(stock.state.state == .disabled)
    }

    @Test func filledStateReportsTheDocumentedShape() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.save(StateRecordFixtures.connection(company: "Acme AB", warehouse: "demo", goodsOwnerID: 159))
            var orders = ProcessStateRecord(connectionID: .primary, process: .orders)
            orders.lastRunAt = FixedDates.reference
            orders.nextRunAt = FixedDates.reference(plus: 60)
            orders.synced = 120
            try state.save(orders)
            var stock = ProcessStateRecord(connectionID: .primary, process: .stock)
            stock.state = .unavailable
            stock.lastError = "Visma's stock module is active"
            try state.save(stock)
            var order = StateRecordFixtures.orderLink(number: 1042, stage: .sent)
            order.vismaID = "uuid"
            order.ongoingOrderID = 50161
            try state.save(order)
            try state.save(StateRecordFixtures.orderLink(number: 1043, stage: .parked, at: FixedDates.reference(plus: -60)))
            try state.park(StateRecordFixtures.parkedItem(process: .orders, key: "1043", reason: "article X-9 does not exist in Ongoing"))
            // Another connection's rows never show.
            try state.park(StateRecordFixtures.parkedItem(StateRecordFixtures.otherConnection, key: "9999"))
        }
        let report = try StatusReport.read(from: database.store, configuration: Configuration())
        let document = try JSONDecoder().decode(StatusDocument.self, from: Data(report.json().utf8))

        #expect(document.visma == .init(connected: true, company: "Acme AB", needsReauthorization: false))
        #expect(document.ongoing == .init(connected: true, warehouse: "demo", goodsOwnerId: 159))
        let orders = try #require(document.processes.first { $0.name == "orders" })
        #expect(orders == .init(name: "orders", enabled: true, state: "idle", lastRunAt: "2026-01-01T10:00:00Z",
                                nextRunAt: "2026-01-01T10:01:00Z", lastError: nil, synced: 120, failed: 0, parked: 1))
        let stock = try #require(document.processes.first { $0.name == "stock" })
        #expect(stock.state == "unavailable")
        #expect(stock.lastError == "Visma's stock module is active")
        #expect(document.orders.first == .init(vismaId: "uuid", vismaNumber: 1042, ongoingOrderNumber: "1042", ongoingOrderId: 50161,
                                               stage: "sent", problem: nil, updatedAt: "2026-01-01T10:00:00Z"))
        #expect(document.orders.map(\.vismaNumber) == [1042, 1043])
        #expect(document.orders.last?.ongoingOrderId == nil)
        #expect(document.parked == [.init(process: "orders", key: "1043", reason: "article X-9 does not exist in Ongoing", attempts: 1)])
    }

    @Test func absentValuesAreWrittenAsNullNotLeftOut() throws {
        let database = try TemporaryStateStore()
        try database.store.write { try $0.save(StateRecordFixtures.orderLink(number: 1042)) }
        let text = try StatusReport.read(from: database.store, configuration: Configuration()).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let order = try #require((json["orders"] as? [[String: Any]])?.first)
        #expect(order.keys.contains("ongoingOrderId"))
        #expect(order["ongoingOrderId"] is NSNull)
        #expect(order["problem"] is NSNull)
    }

    @Test(arguments: [
        (FixedDates.reference, "2026-01-01T10:00:00Z"),
        (FixedDates.reference(plus: 0.75), "2026-01-01T10:00:00Z"),
        (Date(timeIntervalSince1970: 1_782_864_000), "2026-07-01T00:00:00Z"),
    ])
    func timestampsAreUTCWithoutFractions(date: Date, expected: String) {
        #expect(StatusReport.timestamp(date) == expected)
    }

    @Test func textReportNamesBothConnectionsAndEveryProcess() throws {
        let database = try TemporaryStateStore()
        let text = try StatusReport.read(from: database.store, configuration: Configuration()).text()
        #expect(text.contains("Visma:    not connected (run ovsync connect visma)"))
        #expect(text.contains("Ongoing:  not connected (run ovsync connect ongoing)"))
        for process in ProcessName.allCases {
            #expect(text.contains("\n\(process.rawValue) "), "no line for \(process)")
        }
    }
}

/// The documented `status --json` shape, decoded strictly: a wrong type fails to decode.
private struct StatusDocument: Decodable {
    struct Visma: Decodable, Equatable {
        let connected: Bool
        let company: String?
        let needsReauthorization: Bool
    }
    struct Ongoing: Decodable, Equatable {
        let connected: Bool
        let warehouse: String?
        let goodsOwnerId: Int?
    }
    struct Process: Decodable, Equatable {
        let name: String
        let enabled: Bool
        let state: String
        let lastRunAt: String?
        let nextRunAt: String?
        let lastError: String?
        let synced: Int
        let failed: Int
        let parked: Int
    }
    struct Order: Decodable, Equatable {
        let vismaId: String
        let vismaNumber: Int
        let ongoingOrderNumber: String
        let ongoingOrderId: Int?
        let stage: String
        let problem: String?
        let updatedAt: String
    }
    struct Parked: Decodable, Equatable {
        let process: String
        let key: String
        let reason: String
        let attempts: Int
    }
    let visma: Visma
    let ongoing: Ongoing
    let processes: [Process]
    let orders: [Order]
    let parked: [Parked]
}
