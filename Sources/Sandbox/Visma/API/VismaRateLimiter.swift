import Foundation
import Synchronization

/// Visma's rate limit: at most `limit` requests per minute per client and endpoint. Refused
/// requests do not count, so the block lifts as soon as the window has room again.
final class VismaRateLimiter: Sendable {
    private let state: Mutex<(limit: Int, sent: [String: [Date]])>
    private let now: @Sendable () -> Date

    init(limit: Int, now: @escaping @Sendable () -> Date) {
        state = Mutex((limit, [:]))
        self.now = now
    }

    /// The limit per minute.
    var limit: Int {
        get { state.withLock { $0.limit } }
        set { state.withLock { $0.limit = newValue } }
    }

    /// Counts a request for `key`, or returns the whole seconds until one is allowed.
    func admit(_ key: String) -> Int? {
        state.withLock { state in
            let current = now()
            var times = state.sent[key, default: []]
            times.removeAll { current.timeIntervalSince($0) >= 60 }
            defer { state.sent[key] = times }
            guard times.count >= state.limit else {
                times.append(current)
                return nil
            }
            return Int((60 - current.timeIntervalSince(times[0])).rounded(.up))
        }
    }
}
