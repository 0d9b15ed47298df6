import SyncEngine

/// What the state store holds when the dashboard opens: the starting point live events build on.
public struct DashboardSnapshot: Sendable {
    /// Both sides of the connection.
    public var connection: ConnectionRecord?
    /// Every process's state.
    public var processes: [ProcessStateRecord]
    /// Known orders.
    public var orders: [OrderLinkRecord]
    /// Parked items.
    public var parked: [ParkedItem]
    /// Recent history, oldest first.
    public var events: [EventRecord]
    /// Whether an engine runs on this home (otherwise the first-run screen stays).
    public var engineRunning: Bool

    /// Creates a snapshot.
    public init(connection: ConnectionRecord?, processes: [ProcessStateRecord], orders: [OrderLinkRecord], parked: [ParkedItem], events: [EventRecord],
                engineRunning: Bool) {
        self.connection = connection
        self.processes = processes
        self.orders = orders
        self.parked = parked
        self.events = events
        self.engineRunning = engineRunning
    }

    /// Reads the snapshot of `connection` from `store`.
    public static func read(from store: any StateStore, configuration: Configuration, connection: ConnectionID = .primary,
                            engineRunning: Bool, orderLimit: Int = 10_000, eventLimit: Int = 500) throws -> DashboardSnapshot {
        let report = try StatusReport.read(from: store, configuration: configuration, connection: connection, orderLimit: orderLimit)
        let (record, events) = try store.read { state in
            (try state.connection(connection), try state.events(connection, entity: nil, key: nil, limit: eventLimit))
        }
        return DashboardSnapshot(connection: record, processes: report.processes.map(\.state), orders: report.orders,
                                 parked: report.parked, events: events.reversed(), engineRunning: engineRunning)
    }
}
