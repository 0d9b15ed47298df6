import Foundation

/// Visma's timestamps: ISO 8601, UTC when marked `Z` and also when unmarked (order dates come
/// as `2025-03-10T00:00:00`), with any number of fractional digits.
public enum VismaDateFormat {
    /// Parses a Visma timestamp; nil when it is not one.
    public static func date(from text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10 else { return nil }
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = scalars[index + offset]
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < scalars.count, scalars[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        var offsetSeconds = 0
        if index < scalars.count {
            guard expect(84) || expect(116) || expect(32),
                  let hour = digits(2), expect(58), let minute = digits(2) else { return nil }
            components.hour = hour
            components.minute = minute
            if expect(58) {
                guard let second = digits(2) else { return nil }
                components.second = second
                if expect(46) {
                    var scale = 0.1
                    while index < scalars.count, (48...57).contains(scalars[index]) {
                        fraction += Double(scalars[index] - 48) * scale
                        scale /= 10
                        index += 1
                    }
                }
            }
            if expect(90) || expect(122) {
                offsetSeconds = 0
            } else if index < scalars.count, scalars[index] == 43 || scalars[index] == 45 {
                let sign = scalars[index] == 45 ? -1 : 1
                index += 1
                guard let hours = digits(2) else { return nil }
                _ = expect(58)
                let minutes = digits(2) ?? 0
                offsetSeconds = sign * (hours * 3600 + minutes * 60)
            }
            guard index == scalars.count else { return nil }
        }
        guard (1...12).contains(month), (1...31).contains(day),
              let hour = components.hour, hour < 24, let minute = components.minute, minute < 60,
              let second = components.second, second < 61,
              let base = utcCalendar.date(from: components) else { return nil }
        return base.addingTimeInterval(fraction - Double(offsetSeconds))
    }

    /// Formats `date` as UTC `yyyy-MM-ddTHH:mm:ss[.fff]Z`, the form `$filter` literals use.
    /// Milliseconds appear only when non-zero, so whole-second watermarks stay readable.
    public static func string(from date: Date) -> String {
        let totalMilliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        let milliseconds = Int(totalMilliseconds.truncatingRemainder(dividingBy: 1000) + 1000) % 1000
        let whole = Date(timeIntervalSince1970: ((totalMilliseconds - Double(milliseconds)) / 1000))
        let parts = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d",
                          parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        if milliseconds != 0 { text += String(format: ".%03d", milliseconds) }
        return text + "Z"
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
