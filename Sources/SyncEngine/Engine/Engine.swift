import APITransport
import Foundation
import Logging
import Synchronization

/// The sync engine: the four processes, each on its own serial `DispatchQueue`, driven by a
/// `DispatchSourceTimer`, with run-now, live on/off, backoff and graceful stop.
///
/// Observers receive ``EngineEvent``s on the queue they choose (the dashboard picks `.main`).
public final class Engine: Sendable {
    /// Where and how observers receive events.
    public struct Observer: Sendable {
        let queue: DispatchQueue
        let handler: @Sendable ([EngineEvent]) -> Void

        /// Delivers batches of events by `handler` on `queue`.
        public init(queue: DispatchQueue, handler: @escaping @Sendable ([EngineEvent]) -> Void) {
            self.queue = queue
            self.handler = handler
        }
    }

    /// The connection this engine serves.
    public let connection: ConnectionID
    let store: any StateStore
    let accounting: any AccountingSystem
    let warehouse: any Warehouse
    let clock: any EngineClock
    private let configuration: Mutex<Configuration>
    private let observers = Mutex<[Observer]>([])
    private let stopping = Atomic<Bool>(false)
    private let lanes: [ProcessName: ProcessLane]
    private let logger = Logger(label: "ovsync.engine")
    /// How often a switched-off or paused process looks again whether it may run.
    let idleRecheck: TimeInterval
    let backoff = Backoff(base: 5, maximum: 900)

    /// Creates an engine over both systems and the state store; call ``start()`` to run it.
    public init(connection: ConnectionID = .primary, store: any StateStore, configuration: Configuration,
                accounting: any AccountingSystem, warehouse: any Warehouse, clock: any EngineClock = SystemEngineClock(),
                idleRecheck: TimeInterval = 5) {
        self.connection = connection
        self.store = store
        self.accounting = accounting
        self.warehouse = warehouse
        self.clock = clock
        self.idleRecheck = idleRecheck
        self.configuration = Mutex(configuration)
        var lanes: [ProcessName: ProcessLane] = [:]
        for process in [ArticlesProcess() as any SyncProcess, OrdersProcess(), ShipmentsProcess(), StockProcess()] {
            lanes[process.name] = ProcessLane(process: process)
        }
        self.lanes = lanes
    }

    /// Adds an observer of committed changes.
    public func observe(_ observer: Observer) {
        observers.withLock { $0.append(observer) }
    }

    /// The settings in force.
    public var currentConfiguration: Configuration { configuration.withLock { $0 } }

    /// Applies new settings (intervals, thresholds, fields) from the next cycle on.
    public func apply(_ newConfiguration: Configuration) {
        configuration.withLock { $0 = newConfiguration }
    }

    /// Starts every process: each runs at once, then on its interval.
    public func start() {
        stopping.store(false, ordering: .sequentiallyConsistent)
        // Orders and stock refer to articles: let the articles process go first at start-up,
        // so a fresh connection does not hold back every order for an unsynced article.
        let articles = lanes[.articles]
        for (name, lane) in lanes {
            lane.start(engine: self, after: name == .orders || name == .stock ? articles : nil)
        }
    }

    /// Stops: running cycles finish their current step, then every timer is cancelled. Blocks
    /// until all processes are idle.
    public func stop() {
        stopping.store(true, ordering: .sequentiallyConsistent)
        for (_, lane) in lanes { lane.stop() }
    }

    /// Runs `process` now (or right after its current cycle).
    public func runNow(_ process: ProcessName) {
        lanes[process]?.trigger(engine: self)
    }

    /// Switches `process` on or off, live and persistently.
    public func setEnabled(_ process: ProcessName, _ enabled: Bool) throws {
        try environment(for: process).commit { scope in
            var state = try scope.state.processState(connection, process) ?? ProcessStateRecord(connectionID: connection, process: process)
            state.enabled = enabled
            state.state = enabled ? .idle : .disabled
            if !enabled { state.nextRunAt = nil }
            try scope.save(state)
            try scope.log(.process, process.rawValue, enabled ? "switched on" : "switched off")
        }
        if enabled { runNow(process) }
    }

    /// Takes a parked item back: it is handled again on the process's next cycle, which starts now.
    public func retryParked(_ process: ProcessName, key: String) throws {
        try environment(for: process).commit { scope in
            try scope.state.unpark(connection, process: process, key: key)
            if var state = try scope.state.processState(connection, process) {
                // A full pass re-reads items that did not change since they were parked.
                state.lastFullSweepAt = nil
                try scope.save(state)
            }
            if process == .shipments, var link = try scope.state.orderLink(connection, ongoingOrderNumber: key) {
                link.stage = .picking
                link.problem = nil
                try scope.save(link)
            }
            try scope.log(process == .stock ? .stock : (process == .articles ? .article : .order), key, "retry requested by the admin")
        }
        runNow(process)
    }

    /// Drops a parked item: it is not handled again unless it changes at its source.
    public func skipParked(_ process: ProcessName, key: String) throws {
        try environment(for: process).commit { scope in
            try scope.state.unpark(connection, process: process, key: key)
            if process != .stock, process != .articles, var link = try scope.state.orderLink(connection, ongoingOrderNumber: key) {
                link.problem = "skipped by the admin: \(link.problem ?? "no reason recorded")"
                try scope.save(link)
            }
            try scope.log(process == .stock ? .stock : (process == .articles ? .article : .order), key, "skipped by the admin", level: .warning)
        }
    }

    /// Runs exactly one cycle of `process` on the calling thread (for `ovsync sync --once`),
    /// recording its outcome like a scheduled cycle. Throws when the cycle failed.
    @discardableResult
    public func runOnce(_ process: ProcessName) throws -> CycleSummary {
        guard let lane = lanes[process] else { return CycleSummary() }
        return try lane.runCycleNow(engine: self)
    }

    func environment(for process: ProcessName) -> ProcessEnvironment {
        let lane = lanes[process]
        return ProcessEnvironment(
            process: process, connection: connection, store: store, accounting: accounting, warehouse: warehouse,
            configuration: currentConfiguration, clock: clock,
            publish: { [weak self] events in self?.publish(events) },
            isStopping: { [weak self] in (self?.stopping.load(ordering: .sequentiallyConsistent) ?? true) || (lane?.switchedOff ?? false) },
            requestRun: { [weak self] process in self?.runNow(process) }
        )
    }

    var isStopping: Bool { stopping.load(ordering: .sequentiallyConsistent) }

    func publish(_ events: [EngineEvent]) {
        for observer in observers.withLock({ $0 }) {
            let handler = observer.handler
            observer.queue.async { handler(events) }
        }
    }

    func log(_ message: String, process: ProcessName) {
        logger.info("\(message)", metadata: ["process": "\(process.rawValue)"])
    }

    func logError(_ message: String, process: ProcessName) {
        logger.warning("\(message)", metadata: ["process": "\(process.rawValue)"])
    }
}
