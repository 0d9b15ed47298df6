import Foundation

/// Times as the sandbox writes and reads them.
///
/// Answers use UTC with a `Z` and up to three fractional digits, trailing zeros dropped
/// (`2019-10-10T09:20:00.57Z`), like the official examples. Query parameters are read the
/// way ASP.NET reads `DateTime`: ISO 8601 with or without fraction and offset (no offset
/// means UTC here), or a bare date. Anything else is refused with 400, which is also what a
/// client gets when it sends `+00:00` unencoded (the `+` arrives as a space).
enum OngoingWireTime {
    /// Formats `date` for an answer.
    static func format(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down)) % 1000
        var text = date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon))
        if text.hasSuffix("Z") { text.removeLast() }
        if milliseconds > 0 {
            var fraction = String(format: "%03d", (milliseconds + 1000) % 1000)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    /// Parses a query parameter; nil when ASP.NET would not bind it.
    static func parse(_ text: String) -> Date? {
        if text.contains(" ") { return nil }
        var candidate = text
        let hasOffset = candidate.hasSuffix("Z") || candidate.range(of: #"[+-]\d{2}:?\d{2}$"#, options: .regularExpression) != nil
        if candidate.count == 10 { candidate += "T00:00:00" }
        if !hasOffset { candidate += "Z" }
        if let date = try? Date(candidate, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? Date(candidate, strategy: fractional)
    }
}
