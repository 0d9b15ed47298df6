import Foundation

/// Which articles a stock poll reads: those changed since a cursor, or all of them.
public enum StockChangeScope: Sendable, Equatable {
    /// Only articles whose stock changed at or after the date (`stockInfoChangedFrom`).
    case delta(since: Date)
    /// Every article, for the given reason.
    case fullSweep(FullSweepReason)

    /// Why a stock poll reads every article instead of a delta.
    public enum FullSweepReason: Sendable, Equatable {
        /// There was no cursor yet.
        case noCursor
        /// The cursor is older than Ongoing's 24-hour window for `stockInfoChangedFrom`.
        case cursorTooOld(Date)
        /// Ongoing refused the delta query (e.g. clocks disagree about the window).
        case deltaRefused(message: String)
    }

    /// How far back `stockInfoChangedFrom` may reach: Ongoing's 24 hours, less a margin for
    /// clock differences between us and the warehouse.
    public static let deltaWindow: TimeInterval = 24 * 3600 - 10 * 60

    /// The scope for a poll at `now` with the stored `cursor`.
    public static func choose(cursor: Date?, now: Date) -> StockChangeScope {
        guard let cursor else { return .fullSweep(.noCursor) }
        guard now.timeIntervalSince(cursor) <= deltaWindow else { return .fullSweep(.cursorTooOld(cursor)) }
        return .delta(since: cursor)
    }
}
