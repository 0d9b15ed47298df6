import SyncEngine

/// The most recent stock balance changes, newest first, bounded so memory stays flat.
public struct StockFeed: Sendable {
    /// Oldest first; shown reversed.
    private var changes: [StockChange] = []
    /// How many changes are kept.
    public let capacity: Int

    /// Creates an empty feed keeping at most `capacity` changes.
    public init(capacity: Int = 500) {
        self.capacity = max(1, capacity)
    }

    /// Changes kept.
    public var count: Int { changes.count }

    /// The change at display position `index` (0 is the newest).
    public subscript(index: Int) -> StockChange { changes[changes.count - 1 - index] }

    /// Mismatches among the kept changes.
    public var mismatchCount: Int { changes.reduce(0) { $0 + ($1.mismatch ? 1 : 0) } }

    /// Adds the newest change, dropping the oldest beyond capacity.
    public mutating func append(_ change: StockChange) {
        changes.append(change)
        if changes.count > capacity { changes.removeFirst(changes.count - capacity) }
    }
}
