import Foundation

/// Whole-second UTC instants for fixtures (SQLite keeps milliseconds, JSON keeps seconds, so
/// whole seconds survive every round trip).
public enum FixedDates {
    /// 2026-01-01T10:00:00Z.
    public static let reference = Date(timeIntervalSince1970: 1_767_261_600)

    /// `reference` moved by `seconds`.
    public static func reference(plus seconds: TimeInterval) -> Date {
        reference.addingTimeInterval(seconds)
    }
}
