import Foundation
import Synchronization

/// Stops calling a failing method before the server locks the client out.
///
/// Ongoing locks out a client after 5 failed calls within 10 minutes; the breaker opens after
/// `threshold` consecutive failures (default 3) and stays open for `cooldown`, after which one
/// trial call is let through (half-open). A success closes it.
public final class CircuitBreaker: Sendable {
    /// Consecutive failures that open the breaker.
    public let threshold: Int
    /// How long the breaker stays open before a trial call.
    public let cooldown: TimeInterval
    private let clock: any PacingClock
    private let state = Mutex([String: KeyState]())

    private struct KeyState {
        var consecutiveFailures = 0
        var openedAt: Date?
        var trialInFlight = false
    }

    /// Creates a breaker.
    public init(threshold: Int = 3, cooldown: Duration = .seconds(120), clock: any PacingClock = SystemPacingClock()) {
        self.threshold = threshold
        let (seconds, attoseconds) = cooldown.components
        self.cooldown = Double(seconds) + Double(attoseconds) / 1e18
        self.clock = clock
    }

    /// Throws ``CircuitOpenError`` while calls to `key` must not be made; otherwise lets one through.
    public func permit(_ key: String) throws {
        try state.withLock { states in
            var keyState = states[key, default: KeyState()]
            defer { states[key] = keyState }
            guard let openedAt = keyState.openedAt else { return }
            let reopensAt = openedAt.addingTimeInterval(cooldown)
            let now = clock.now()
            if now < reopensAt || keyState.trialInFlight {
                throw CircuitOpenError(key: key, retryAfter: max(1, reopensAt.timeIntervalSince(now)))
            }
            keyState.trialInFlight = true
        }
    }

    /// Records the outcome of a permitted call to `key`.
    public func record(_ key: String, succeeded: Bool) {
        state.withLock { states in
            var keyState = states[key, default: KeyState()]
            keyState.trialInFlight = false
            if succeeded {
                keyState = KeyState()
            } else {
                keyState.consecutiveFailures += 1
                if keyState.consecutiveFailures >= threshold { keyState.openedAt = clock.now() }
            }
            states[key] = keyState
        }
    }

    /// Whether the breaker for `key` is open now.
    public func isOpen(_ key: String) -> Bool {
        state.withLock { $0[key]?.openedAt != nil }
    }
}

/// A call was refused locally because its circuit breaker is open.
public struct CircuitOpenError: Error, Equatable, CustomStringConvertible {
    /// The method or endpoint whose breaker is open.
    public let key: String
    /// Seconds until a trial call will be allowed.
    public let retryAfter: TimeInterval

    public var description: String {
        "circuit breaker open for \(key) after repeated failures; next try in \(Int(retryAfter.rounded(.up))) s"
    }
}
