import Foundation

/// The time source and sleeper that pacing uses, injectable so tests run on virtual time.
public protocol PacingClock: Sendable {
    /// The current instant.
    func now() -> Date
    /// Blocks the calling thread for `duration`.
    func sleep(for duration: Duration)
}

/// Wall-clock time and a real `Thread.sleep`.
public struct SystemPacingClock: PacingClock {
    /// Creates the system clock.
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let interval = Double(seconds) + Double(attoseconds) / 1e18
        if interval > 0 { Thread.sleep(forTimeInterval: interval) }
    }
}
