import Foundation

/// Runs blocking work (the engine, the HTTP clients) on a Dispatch thread, so it never holds
/// a thread of Swift's cooperative pool, which the sandboxes' servers need to answer.
public enum EngineOffload {
    /// Runs `work` on a global queue and returns its result.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
