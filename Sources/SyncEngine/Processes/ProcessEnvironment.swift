import Foundation

/// Everything a process cycle works with: both systems, the state store, the settings, the
/// clock, and where to publish what it changed.
struct ProcessEnvironment: Sendable {
    /// The process this environment serves; its counters are kept per transaction.
    let process: ProcessName
    let connection: ConnectionID
    let store: any StateStore
    let accounting: any AccountingSystem
    let warehouse: any Warehouse
    let configuration: Configuration
    let clock: any EngineClock
    /// Delivers committed changes to observers.
    let publish: @Sendable ([EngineEvent]) -> Void
    /// True once a stop was requested: cycles end after the current step.
    let isStopping: @Sendable () -> Bool
    /// Asks another process to run as soon as it can (e.g. articles, when an order waits for one).
    var requestRun: @Sendable (ProcessName) -> Void = { _ in }
    /// How far back each delta query reaches behind the cursor, for clock skew and equal timestamps.
    var overlap: TimeInterval = 120

    /// Runs `body` in one transaction and publishes its events after the commit. Counts added
    /// with ``TransactionScope/count(synced:failed:)`` reach the process state in the same transaction.
    func commit<T>(_ body: (TransactionScope) throws -> T) throws -> T {
        var published: [EngineEvent] = []
        let result = try store.write { state in
            let scope = TransactionScope(state: state, connection: connection, now: clock.now())
            let value = try body(scope)
            if scope.synced + scope.failed > 0 {
                var record = try state.processState(connection, process)
                    ?? ProcessStateRecord(connectionID: connection, process: process, enabled: configuration.schedule(of: process).enabled)
                record.synced += scope.synced
                record.failed += scope.failed
                try scope.save(record)
            }
            published = scope.events
            return value
        }
        if !published.isEmpty { publish(published) }
        return result
    }

    /// The stored state of `process`, or its configured default.
    func processState(_ process: ProcessName) throws -> ProcessStateRecord {
        try store.read { try $0.processState(connection, process) }
            ?? ProcessStateRecord(connectionID: connection, process: process, enabled: configuration.schedule(of: process).enabled)
    }
}

/// One open transaction plus the events to publish once it commits.
final class TransactionScope {
    let state: any StateWriting
    let connection: ConnectionID
    let now: Date
    private(set) var events: [EngineEvent] = []
    /// Items written successfully in this transaction.
    private(set) var synced = 0
    /// Items that failed in this transaction.
    private(set) var failed = 0

    init(state: any StateWriting, connection: ConnectionID, now: Date) {
        self.state = state
        self.connection = connection
        self.now = now
    }

    /// Adds to the process's counters when the transaction commits.
    func count(synced: Int = 0, failed: Int = 0) {
        self.synced += synced
        self.failed += failed
    }

    /// Appends a line to `entity`'s history.
    func log(_ entity: EntityKind, _ key: String, _ message: String, level: EventLevel = .info) throws {
        let record = EventRecord(connectionID: connection, entity: entity, key: key, at: now, level: level, message: message)
        try state.append(record)
        events.append(.log(record))
    }

    /// Saves an order link and announces it.
    func save(_ link: OrderLinkRecord) throws {
        var updated = link
        updated.updatedAt = now
        try state.save(updated)
        events.append(.order(updated))
    }

    /// Saves a process state and announces it.
    func save(_ process: ProcessStateRecord) throws {
        try state.save(process)
        events.append(.process(process))
    }

    /// Saves a connection and announces it.
    func save(_ connection: ConnectionRecord) throws {
        try state.save(connection)
        events.append(.connection(connection))
    }

    /// Announces a stock change (its history line is logged separately).
    func announce(_ change: StockChange) {
        events.append(.stock(change))
    }

    /// Parks an item of `process` with a reason, logs it and counts it as failed. An item
    /// parked already for the same reason stays as it is: looking at unchanged input again is
    /// not a new attempt.
    func park(_ process: ProcessName, entity: EntityKind, key: String, reason: String) throws {
        if try state.parkedItem(connection, process: process, key: key)?.reason == reason { return }
        try state.park(ParkedItem(connectionID: connection, process: process, key: key, reason: reason, parkedAt: now))
        try log(entity, key, "parked: \(reason)", level: .warning)
        count(failed: 1)
    }
}
