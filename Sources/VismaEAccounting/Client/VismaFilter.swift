import Foundation

/// An OData `$filter` expression built from typed clauses joined with `and`, e.g.
/// `Status eq 2 and ModifiedUtc gt 2025-01-01T00:00:00Z`.
public struct VismaFilter: Sendable, Equatable, CustomStringConvertible {
    /// The clauses, each already in OData syntax.
    public private(set) var clauses: [String]

    private init(clauses: [String]) {
        self.clauses = clauses
    }

    /// How a timestamp clause compares.
    public enum Comparison: String, Sendable {
        case greaterThan = "gt"
        case greaterThanOrEqual = "ge"
        case lessThan = "lt"
        case lessThanOrEqual = "le"
    }

    /// `field op <timestamp>`, with the timestamp as an unquoted UTC literal.
    public static func timestamp(_ field: String, _ comparison: Comparison, _ date: Date) -> VismaFilter {
        VismaFilter(clauses: ["\(field) \(comparison.rawValue) \(VismaDateFormat.string(from: date))"])
    }

    /// Articles changed strictly after `date` (`ChangedUtc gt …`).
    public static func changed(after date: Date) -> VismaFilter { timestamp("ChangedUtc", .greaterThan, date) }

    /// Orders modified strictly after `date` (`ModifiedUtc gt …`).
    public static func modified(after date: Date) -> VismaFilter { timestamp("ModifiedUtc", .greaterThan, date) }

    /// Orders with `status` (`Status eq N`).
    public static func status(_ status: VismaOrderStatus) -> VismaFilter {
        VismaFilter(clauses: ["Status eq \(status.rawValue)"])
    }

    /// Both this filter and `other` must hold.
    public func and(_ other: VismaFilter) -> VismaFilter {
        VismaFilter(clauses: clauses + other.clauses)
    }

    /// The expression as sent in `$filter`.
    public var description: String { clauses.joined(separator: " and ") }
}
