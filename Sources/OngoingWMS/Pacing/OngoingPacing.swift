import APITransport
import Foundation

/// The pacing shared by every client of one Ongoing connection: one write in flight per goods
/// owner, a request budget and a circuit breaker per method, and 429 wait hints.
///
/// Share one instance between all clients (processes) that talk to the same system, so the
/// limits hold for them together.
public final class OngoingPacing: Sendable {
    /// Opens per method before Ongoing's consecutive-failure lock-out.
    public let breaker: CircuitBreaker
    /// Seconds to wait after a 429 that carried no `Retry-After`.
    public let defaultRetryAfter: TimeInterval
    let pacer: RequestPacer
    let writeGate = GoodsOwnerWriteGate()
    let clock: any PacingClock

    /// Ongoing locks a client out after 5 failed calls within 10 minutes. The breaker opens
    /// after 3, and its cooldown is longer than 5 minutes: with one trial call per cooldown,
    /// no 10-minute window can then hold more than 4 failures.
    public static let breakerThreshold = 3
    /// See ``breakerThreshold``.
    public static let breakerCooldown: Duration = .seconds(330)

    /// Creates pacing. `requestsPerMinute` is the client-side budget per method; Ongoing does
    /// not publish its volume limits, so the default stays well below typical ones.
    public init(clock: any PacingClock = SystemPacingClock(), requestsPerMinute: Int = 300,
                breakerThreshold: Int = OngoingPacing.breakerThreshold, breakerCooldown: Duration = OngoingPacing.breakerCooldown,
                defaultRetryAfter: TimeInterval = 60) {
        self.clock = clock
        self.defaultRetryAfter = defaultRetryAfter
        pacer = RequestPacer(budget: requestsPerMinute, window: .seconds(60), clock: clock)
        breaker = CircuitBreaker(threshold: breakerThreshold, cooldown: breakerCooldown, clock: clock)
    }
}
