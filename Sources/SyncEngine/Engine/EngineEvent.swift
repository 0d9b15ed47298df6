import Foundation

/// What the engine tells its observers (the dashboard) after each committed change.
/// Immutable and `Sendable`, delivered on the queue the observer chose.
public enum EngineEvent: Sendable, Equatable {
    /// A process's state changed (running, idle, backoff, counts, errors).
    case process(ProcessStateRecord)
    /// An order moved or its problem changed.
    case order(OrderLinkRecord)
    /// A stock balance was written to Visma (or found to differ).
    case stock(StockChange)
    /// A connection's state changed (e.g. needs re-authorisation).
    case connection(ConnectionRecord)
    /// A line of history.
    case log(EventRecord)
}

/// One stock balance change from Ongoing to Visma.
public struct StockChange: Sendable, Equatable {
    public var articleNumber: String
    /// Visma's balance before, when known.
    public var previous: Decimal?
    /// The balance written.
    public var current: Decimal
    /// True when Visma's balance differed from what ovsync last wrote (someone else changed it).
    public var mismatch: Bool
    public var at: Date

    public init(articleNumber: String, previous: Decimal?, current: Decimal, mismatch: Bool, at: Date) {
        self.articleNumber = articleNumber
        self.previous = previous
        self.current = current
        self.mismatch = mismatch
        self.at = at
    }

    /// The difference new − old, when the old value is known.
    public var delta: Decimal? { previous.map { current - $0 } }
}
