import Foundation

/// Runs blocking client code on its own thread, so tests never block Swift concurrency's
/// small cooperative pool (the sandbox's handlers need it to answer).
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
