import Foundation

/// One of the four processes: a cycle reads what changed and writes it across.
protocol SyncProcess: Sendable {
    /// Which process this is.
    var name: ProcessName { get }
    /// Runs one cycle: re-drives pending intents, then handles what changed. Throws
    /// ``SyncFailure`` when the cycle could not finish (transient or authentication).
    func runCycle(_ environment: ProcessEnvironment) throws -> CycleSummary
}

/// What one cycle did.
public struct CycleSummary: Sendable, Equatable {
    /// Items written successfully.
    public var written = 0
    /// Items parked.
    public var parked = 0
    /// Items read and found unchanged.
    public var unchanged = 0
    /// The process cannot work for this connection (e.g. Visma's stock module), with the reason.
    public var unavailable: String?

    public init() {}
}

extension ProcessEnvironment {
    /// The delta lower bound for a cursor: the cursor minus the overlap window.
    func since(_ cursor: Date?) -> Date? {
        cursor.map { $0.addingTimeInterval(-overlap) }
    }

    /// Saves the new cursor of `process` (only after its pages were durably processed).
    func advanceCursor(_ process: ProcessName, to cursor: Date?, fullSweep: Bool = false) throws {
        try commit { scope in
            var state = try scope.state.processState(connection, process)
                ?? ProcessStateRecord(connectionID: connection, process: process, enabled: configuration.schedule(of: process).enabled)
            if let cursor { state.cursor = cursor }
            if fullSweep { state.lastFullSweepAt = scope.now }
            try scope.state.save(state)
        }
    }
}
