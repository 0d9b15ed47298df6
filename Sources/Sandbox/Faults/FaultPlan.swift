import Foundation

/// How badly a sandbox misbehaves: added latency and the share of requests that fail in each
/// way. Rates are fractions between 0 and 1. The default plan is a perfectly healthy server.
public struct FaultPlan: Sendable, Equatable, Codable {
    /// Latency added to every request, in milliseconds.
    public var latencyMilliseconds: Int = 0
    /// Share of requests answered with HTTP 500/502/503.
    public var serverErrorRate: Double = 0
    /// Share of requests that hang until the client gives up.
    public var timeoutRate: Double = 0
    /// Share of requests whose connection is closed without an answer.
    public var dropRate: Double = 0
    /// Share of requests answered 200 with a truncated, unparsable body.
    public var malformedRate: Double = 0
    /// Share of requests answered with the service's own 429 "too many requests".
    public var throttleRate: Double = 0
    /// How long a hanging request hangs, in seconds.
    public var hangSeconds: Double = 30

    /// A healthy server.
    public init() {}

    /// Creates a plan with the given latency and failure rates.
    public init(latencyMilliseconds: Int = 0, serverErrorRate: Double = 0, timeoutRate: Double = 0,
                dropRate: Double = 0, malformedRate: Double = 0, throttleRate: Double = 0, hangSeconds: Double = 30) {
        self.latencyMilliseconds = latencyMilliseconds
        self.serverErrorRate = serverErrorRate
        self.timeoutRate = timeoutRate
        self.dropRate = dropRate
        self.malformedRate = malformedRate
        self.throttleRate = throttleRate
        self.hangSeconds = hangSeconds
    }
}

/// One way a single request fails.
public enum Fault: Sendable, Equatable {
    case serverError(status: Int)
    case timeout
    case drop
    case malformed
    case throttle
}
