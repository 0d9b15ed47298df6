import Foundation

/// Exponential backoff with full jitter: attempt n waits a random time in [base·2ⁿ / 2, base·2ⁿ],
/// capped at `maximum`, or the server's hint when it gave one.
public struct Backoff: Sendable, Equatable {
    /// The delay of the first retry.
    public var base: TimeInterval
    /// The longest delay.
    public var maximum: TimeInterval

    /// Creates a backoff policy.
    public init(base: TimeInterval = 2, maximum: TimeInterval = 300) {
        self.base = base
        self.maximum = maximum
    }

    /// The delay before retry number `attempt` (1-based); a server hint wins when it is longer.
    public func delay(attempt: Int, hint: TimeInterval? = nil, random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) -> TimeInterval {
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(maximum, base * pow(2, Double(exponent)))
        let jittered = random((ceiling / 2)...ceiling)
        if let hint { return max(hint, jittered) }
        return jittered
    }
}
