import Foundation
import Synchronization

/// Drives the simulated business at an adjustable rate with a `DispatchSourceTimer`.
final class VismaActivityTimer: Sendable {
    private let queue = DispatchQueue(label: "ovsync.sandbox.visma.activity")
    private let timer = Mutex<DispatchSourceTimer?>(nil)
    private let event: @Sendable () -> Void

    /// A timer that runs `event` at each tick once a rate is set.
    init(event: @escaping @Sendable () -> Void) {
        self.event = event
    }

    /// Runs `perMinute` events a minute from now on; 0 stops.
    func setRate(perMinute: Double) {
        timer.withLock { timer in
            timer?.cancel()
            timer = nil
            guard perMinute > 0 else { return }
            let interval = DispatchTimeInterval.nanoseconds(Int(60_000_000_000 / perMinute))
            let source = DispatchSource.makeTimerSource(queue: queue)
            source.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(50))
            source.setEventHandler(handler: event)
            source.resume()
            timer = source
        }
    }

    deinit {
        timer.withLock { $0?.cancel() }
    }
}
