import Foundation

/// Reads Visma's wait hint out of a 429 message ("… Try again in 55 seconds.").
enum RetryHint {
    /// The number of seconds in "try again in N second(s)", case-insensitively; nil when absent.
    static func seconds(in message: String) -> TimeInterval? {
        guard let range = message.range(of: "try again in", options: .caseInsensitive) else { return nil }
        let digits = message[range.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
        return Int(digits).map(TimeInterval.init)
    }
}
