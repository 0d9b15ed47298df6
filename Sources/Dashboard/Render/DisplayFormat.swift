import Foundation

/// How times, ages and quantities are written on screen: short, fixed-format and locale-free.
public enum DisplayFormat {
    /// `HH:MM:SS` of `date` in `timeZone`.
    public static func clock(_ date: Date, timeZone: TimeZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let day = ((seconds % 86_400) + 86_400) % 86_400
        return twoDigits(day / 3600) + ":" + twoDigits(day / 60 % 60) + ":" + twoDigits(day % 60)
    }

    /// How long ago `date` was, e.g. `42s`, `5m`, `3h`, `2d`.
    public static func age(since date: Date, now: Date) -> String {
        span(max(0, Int(now.timeIntervalSince(date))))
    }

    /// How long until `date`, e.g. `in 5s`, or `due` once it has passed.
    public static func countdown(to date: Date, now: Date) -> String {
        let seconds = Int(date.timeIntervalSince(now).rounded(.up))
        return seconds <= 0 ? "due" : "in " + span(seconds)
    }

    /// A quantity without trailing zeros, e.g. `12`, `2.5`.
    public static func quantity(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).stringValue
    }

    private static func span(_ seconds: Int) -> String {
        switch seconds {
        case ..<60: "\(seconds)s"
        case ..<3600: "\(seconds / 60)m"
        case ..<86_400: "\(seconds / 3600)h"
        default: "\(seconds / 86_400)d"
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
