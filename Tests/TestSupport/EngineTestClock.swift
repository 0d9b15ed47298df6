import APITransport
import Foundation
import Synchronization
import SyncEngine

/// Virtual time for a whole test world: the engine, the API clients' pacing and breakers, and
/// (through their clock options) both sandboxes. It runs with the wall clock plus an offset;
/// ``advance(by:)`` and every `sleep(for:)` move the offset on instead of sleeping, so backoffs,
/// wait hints and breaker cooldowns pass at once while their order is kept.
public final class EngineTestClock: EngineClock, PacingClock {
    private let offset = Mutex<TimeInterval>(0)

    /// Creates a clock at the wall clock's time.
    public init() {}

    /// The virtual now.
    public func now() -> Date {
        Date().addingTimeInterval(offset.withLock { $0 })
    }

    /// Moves virtual time on by `duration` without sleeping.
    public func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        advance(by: Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Moves virtual time on by `seconds`.
    public func advance(by seconds: TimeInterval) {
        guard seconds > 0 else { return }
        offset.withLock { $0 += seconds }
    }

    /// The wall clock as a closure, for sandbox options (`clock` / `now`).
    public var closure: @Sendable () -> Date { { [self] in now() } }
}
