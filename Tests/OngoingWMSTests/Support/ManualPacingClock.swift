import APITransport
import Foundation
import Synchronization

/// A virtual clock: `sleep` advances time instantly, `advance` moves it by hand.
final class ManualPacingClock: PacingClock {
    private let current = Mutex(Date(timeIntervalSince1970: 1_767_261_600))

    func now() -> Date { current.withLock { $0 } }

    func sleep(for duration: Duration) {
        advance(by: Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// Moves the clock forward.
    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
