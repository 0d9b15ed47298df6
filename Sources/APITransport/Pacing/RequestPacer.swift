import Foundation
import Synchronization

/// Keeps the request rate per key (an endpoint, a method) under a budget per sliding window,
/// and holds a key back while the server has asked us to wait.
///
/// One pacer is shared by every caller of one connection, so all processes together stay
/// under the budget. ``acquire(_:)`` blocks until a request may go.
public final class RequestPacer: Sendable {
    /// Requests allowed per key within ``window``.
    public let budget: Int
    /// The length of the sliding window.
    public let window: TimeInterval
    private let clock: any PacingClock
    private let state = Mutex(State())

    private struct State {
        var sent: [String: [Date]] = [:]
        var blockedUntil: [String: Date] = [:]
        var total = 0
    }

    /// Creates a pacer allowing `budget` requests per key per `window`.
    public init(budget: Int, window: Duration = .seconds(60), clock: any PacingClock = SystemPacingClock()) {
        precondition(budget > 0, "a pacer needs a positive budget")
        self.budget = budget
        let (seconds, attoseconds) = window.components
        self.window = Double(seconds) + Double(attoseconds) / 1e18
        self.clock = clock
    }

    /// Blocks until a request for `key` fits the budget and no wait hint holds it, then counts it.
    public func acquire(_ key: String) {
        while true {
            let wait: TimeInterval = state.withLock { state in
                let now = clock.now()
                if let until = state.blockedUntil[key], until > now {
                    return until.timeIntervalSince(now)
                }
                var times = state.sent[key, default: []]
                times.removeAll { now.timeIntervalSince($0) >= window }
                if times.count < budget {
                    times.append(now)
                    state.sent[key] = times
                    state.total += 1
                    return 0
                }
                state.sent[key] = times
                return window - now.timeIntervalSince(times[0])
            }
            if wait <= 0 { return }
            clock.sleep(for: .milliseconds(Int64((wait * 1000).rounded(.up))))
        }
    }

    /// Holds every request for `key` back until `seconds` from now (a server's wait hint).
    public func hold(_ key: String, forSeconds seconds: TimeInterval) {
        state.withLock { state in
            let until = clock.now().addingTimeInterval(seconds)
            state.blockedUntil[key] = max(state.blockedUntil[key] ?? until, until)
        }
    }

    /// How many requests have been let through since the pacer was created.
    public var requestsSent: Int { state.withLock { $0.total } }
}
