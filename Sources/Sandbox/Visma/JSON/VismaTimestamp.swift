import Foundation

/// The sandbox's timestamps: Visma's ISO 8601 texts, converted with plain calendar arithmetic
/// because filters parse a field of every record on every list request.
enum VismaTimestamp {
    /// `yyyy-MM-ddTHH:mm:ss[.fff]Z`, milliseconds only when non-zero.
    static func utc(_ date: Date) -> String {
        let (day, milliseconds) = split(date)
        var text = dateText(day) + "T" + timeText(milliseconds / 1000)
        if milliseconds % 1000 != 0 { text += "." + pad(milliseconds % 1000, 3) }
        return text + "Z"
    }

    /// `yyyy-MM-ddT00:00:00` (no zone): how Visma writes order, delivery and ship dates.
    static func dateOnly(_ date: Date) -> String {
        dateText(split(date).day) + "T00:00:00"
    }

    /// `date` truncated to whole milliseconds, the precision timestamps are served with.
    static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// Parses `yyyy-MM-dd[THH:mm[:ss[.f…]]][Z|±hh:mm]` (no zone = UTC); nil when malformed.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip(45), let month = number(2), skip(45), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = 0.0
        var offset = 0
        if index < bytes.count {
            guard skip(84), let hour = number(2), hour < 24, skip(58), let minute = number(2), minute < 60 else { return nil }
            seconds = Double(hour * 3600 + minute * 60)
            if skip(58) {
                guard let second = number(2), second < 60 else { return nil }
                seconds += Double(second)
                if skip(46) {
                    var scale = 0.1
                    let start = index
                    while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                        seconds += Double(bytes[index] - 48) * scale
                        scale /= 10
                        index += 1
                    }
                    guard index > start else { return nil }
                }
            }
            if skip(90) {
                offset = 0
            } else if index < bytes.count, bytes[index] == 43 || bytes[index] == 45 {
                let sign = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = skip(58)
                guard let minutes = number(2) else { return nil }
                offset = sign * (hours * 3600 + minutes * 60)
            }
            guard index == bytes.count else { return nil }
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days) * 86_400 + seconds - Double(offset))
    }

    private static func split(_ date: Date) -> (day: Int, milliseconds: Int) {
        let total = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let day = Int((Double(total) / 86_400_000).rounded(.down))
        return (day, total - day * 86_400_000)
    }

    private static func dateText(_ days: Int) -> String {
        let (year, month, day) = civilFromDays(days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func timeText(_ seconds: Int) -> String {
        pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    // Howard Hinnant's days-from-civil and its inverse (proleptic Gregorian, day 0 = 1970-01-01).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
