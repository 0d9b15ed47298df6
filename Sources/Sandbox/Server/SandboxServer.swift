import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// Runs one sandbox router as a real HTTP server on loopback, in the background.
///
/// `start()` returns once the socket is bound, with the port (useful when asked for port 0);
/// `stop()` shuts the server down and waits for it.
public final class SandboxServer: Sendable {
    private let responder: RouterResponder<SandboxRequestContext>
    private let requestedPort: Int
    private let name: String
    private let task = Mutex<Task<Void, any Error>?>(nil)

    /// Creates a server for `router` on `127.0.0.1:port` (0 picks a free port).
    public init(name: String, router: Router<SandboxRequestContext>, port: Int) {
        self.name = name
        self.responder = router.buildResponder()
        self.requestedPort = port
    }

    /// Binds and starts serving; returns the bound port.
    public func start() async throws -> Int {
        var logger = Logger(label: "ovsync.sandbox.\(name)")
        // Cancelling the server task to stop it makes Hummingbird log shutdown noise at error level.
        logger.logLevel = .critical
        let (bound, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: requestedPort), serverName: name),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let serving = Task(executorPreference: SandboxExecutor.shared) { try await app.runService(gracefulShutdownSignals: []) }
        task.withLock { $0 = serving }
        for await port in bound { return port }
        try await serving.value
        throw SandboxServerError.notStarted(name)
    }

    /// Stops serving and waits until the server has shut down.
    public func stop() async {
        guard let serving = task.withLock({ task -> Task<Void, any Error>? in defer { task = nil }; return task }) else { return }
        serving.cancel()
        _ = try? await serving.value
    }
}

/// The server could not start (typically: the port is in use).
public enum SandboxServerError: Error, CustomStringConvertible {
    case notStarted(String)

    public var description: String {
        switch self {
        case .notStarted(let name): "the \(name) sandbox could not start listening"
        }
    }
}
