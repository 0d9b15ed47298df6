import Foundation

/// Runs blocking work (the engine, the HTTP clients) on a thread of its own, so it never holds
/// a thread of Swift's cooperative pool, which the sandboxes' servers need to answer, nor one
/// of Dispatch's few global workers, which parallel tests would otherwise queue behind.
public enum EngineOffload {
    /// Runs `work` on a new thread and returns its result.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}
