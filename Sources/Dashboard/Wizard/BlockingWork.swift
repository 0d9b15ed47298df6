import Dispatch

/// Runs blocking I/O (synchronous HTTP, file writes) on a Dispatch thread, off Swift
/// concurrency's cooperative pool, which has as few threads as the machine has cores.
enum BlockingWork {
    /// The value of `work`, computed on a global queue.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
