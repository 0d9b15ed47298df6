import APITransport
import Foundation
import Synchronization

/// A pacing clock on virtual time: `sleep` advances it at once and records how long was slept.
final class VirtualClock: PacingClock {
    private let state: Mutex<(now: Date, slept: TimeInterval)>

    init(start: Date = Date()) {
        state = Mutex((start, 0))
    }

    func now() -> Date { state.withLock { $0.now } }

    func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        advance(by: Double(seconds) + Double(attoseconds) / 1e18, sleeping: true)
    }

    /// Moves time forward without counting it as sleep.
    func advance(by seconds: TimeInterval, sleeping: Bool = false) {
        state.withLock { state in
            state.now.addTimeInterval(seconds)
            if sleeping { state.slept += seconds }
        }
    }

    /// Total virtual time spent in `sleep`.
    var slept: TimeInterval { state.withLock { $0.slept } }
}
