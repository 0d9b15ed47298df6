import Foundation
import SyncEngine

/// An ``Engine`` under test with the systems it talks to, driven cycle by cycle from async
/// tests (every blocking call runs off the cooperative pool).
public final class EngineHarness: Sendable {
    /// The engine.
    public let engine: Engine
    /// Its state store.
    public let store: any StateStore
    /// The settings it was built with.
    public let configuration: Configuration
    /// Visma as the engine sees it.
    public let accounting: any AccountingSystem
    /// Ongoing as the engine sees it.
    public let warehouse: any Warehouse
    private let closeConnections: @Sendable () -> Void

    /// Wraps an engine and the systems it was built over; `shutdown` closes their connections.
    public init(engine: Engine, store: any StateStore, configuration: Configuration,
                accounting: any AccountingSystem, warehouse: any Warehouse, shutdown: @escaping @Sendable () -> Void) {
        self.engine = engine
        self.store = store
        self.configuration = configuration
        self.accounting = accounting
        self.warehouse = warehouse
        closeConnections = shutdown
    }

    /// The order processes run in by default: what feeds the next comes first.
    public static let allProcesses: [ProcessName] = [.articles, .orders, .shipments, .stock]

    /// One cycle of `process` (``Engine/runOnce(_:)``).
    @discardableResult
    public func runOnce(_ process: ProcessName) async throws -> CycleSummary {
        let engine = engine
        return try await EngineOffload.run { try engine.runOnce(process) }
    }

    /// One cycle of each of `processes`, in order; failures are collected, not thrown.
    public func runRound(_ processes: [ProcessName] = EngineHarness.allProcesses) async -> EngineRound {
        var round = EngineRound()
        for process in processes {
            do {
                round.summaries[process] = try await runOnce(process)
            } catch {
                round.failures[process] = String(describing: error)
            }
        }
        return round
    }

    /// Runs rounds until one has no failure, writes nothing and leaves no intent pending;
    /// `between` runs before every round after the first (advance a virtual clock there).
    /// Returns the rounds it took; throws ``EngineHarnessError/notQuiet`` after `maxRounds`.
    @discardableResult
    public func runUntilQuiet(_ processes: [ProcessName] = EngineHarness.allProcesses, maxRounds: Int = 12,
                              between: @Sendable () async throws -> Void = {}) async throws -> Int {
        var last = EngineRound()
        for number in 1...maxRounds {
            if number > 1 { try await between() }
            last = await runRound(processes)
            if last.isQuiet, try pendingOperations().isEmpty { return number }
        }
        throw EngineHarnessError.notQuiet(rounds: maxRounds, last: last, pending: (try? pendingOperations()) ?? [])
    }

    /// Intents not yet confirmed, of every process.
    public func pendingOperations() throws -> [PendingOperation] {
        try store.read { state in
            try ProcessName.allCases.flatMap { try state.pendingOperations(.primary, process: $0) }
        }
    }

    /// The order link of Visma order `number`.
    public func orderLink(_ number: Int) throws -> OrderLinkRecord? {
        try store.read { try $0.orderLink(.primary, ongoingOrderNumber: String(number)) }
    }

    /// Every parked item.
    public func parkedItems() throws -> [ParkedItem] {
        try store.read { try $0.parkedItems(.primary) }
    }

    /// The stored state of `process`.
    public func processState(_ process: ProcessName) throws -> ProcessStateRecord? {
        try store.read { try $0.processState(.primary, process) }
    }

    /// The status report, as `ovsync status` reads it.
    public func status() throws -> StatusReport {
        try StatusReport.read(from: store, configuration: configuration)
    }

    /// Stops the engine's timers (a `runNow` or `start` leaves some running) and closes the
    /// HTTP connections.
    public func shutdown() {
        engine.stop()
        closeConnections()
    }
}

/// What one round of cycles did.
public struct EngineRound: Sendable, CustomStringConvertible {
    /// The summary of each process that finished its cycle.
    public var summaries: [ProcessName: CycleSummary] = [:]
    /// The error of each process whose cycle failed.
    public var failures: [ProcessName: String] = [:]

    /// Creates an empty round.
    public init() {}

    /// Items written by all processes together.
    public var written: Int { summaries.values.reduce(0) { $0 + $1.written } }

    /// No failure and nothing written.
    public var isQuiet: Bool { failures.isEmpty && written == 0 }

    public var description: String {
        "written \(summaries.mapValues(\.written)), parked \(summaries.mapValues(\.parked)), failures \(failures)"
    }
}

/// The engine did not settle.
public enum EngineHarnessError: Error, CustomStringConvertible {
    /// Still writing, failing or holding intents after the allowed rounds.
    case notQuiet(rounds: Int, last: EngineRound, pending: [PendingOperation])

    public var description: String {
        switch self {
        case .notQuiet(let rounds, let last, let pending):
            "not quiet after \(rounds) rounds; last round: \(last); pending: \(pending.map { "\($0.process.rawValue)/\($0.kind)/\($0.key): \($0.lastError ?? "-")" })"
        }
    }
}
