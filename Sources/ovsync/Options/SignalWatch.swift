import Dispatch
import Foundation

/// Turns signals into a callback on a private queue instead of killing the process.
final class SignalWatch {
    private let sources: [any DispatchSourceSignal]

    /// Watches `signals`, calling `handler` with the signal number.
    init(signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "ovsync.signals")
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { @Sendable in handler(number) }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Suspends until one of `signals` arrives.
    static func wait(for signals: [Int32]) async {
        let (arrivals, continuation) = AsyncStream<Int32>.makeStream()
        let watch = SignalWatch(signals: signals) { continuation.yield($0) }
        for await _ in arrivals { break }
        withExtendedLifetime(watch) {}
    }
}
