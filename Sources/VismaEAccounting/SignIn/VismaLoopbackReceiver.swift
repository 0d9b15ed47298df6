import Foundation
import Hummingbird
import Logging
import Synchronization

/// A one-route HTTP server on `127.0.0.1:<port>/callback` that receives Visma's redirect in
/// the user's browser and answers it with a short page saying whether sign-in worked.
final class VismaLoopbackReceiver: Sendable {
    /// What the receiver tells the browser: the page's headline and detail.
    struct Reply: Sendable {
        var succeeded: Bool
        var detail: String
    }

    private let requestedPort: Int
    private let handle: @Sendable (Substring) -> Reply
    private let serving = Mutex<Task<Void, any Error>?>(nil)

    /// A receiver on `port` (0 picks a free one) that hands each callback's query to `handle`.
    init(port: Int, handle: @escaping @Sendable (Substring) -> Reply) {
        requestedPort = port
        self.handle = handle
    }

    /// Starts listening; returns the bound port.
    func start() async throws(VismaSignInError) -> Int {
        let router = Router()
        let handle = self.handle
        router.get("/callback") { request, _ -> Response in
            let reply = handle(Substring(request.uri.query ?? ""))
            return Self.page(reply)
        }
        var logger = Logger(label: "ovsync.visma.signin")
        logger.logLevel = .critical
        let (bound, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: requestedPort), serverName: "ovsync"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let task = Task {
            defer { continuation.finish() }
            try await app.runService(gracefulShutdownSignals: [])
        }
        serving.withLock { $0 = task }
        for await port in bound { return port }
        let failure = await task.result
        if case .failure(let error) = failure {
            throw .receiverUnavailable("127.0.0.1:\(requestedPort) — \(error)")
        }
        throw .receiverUnavailable("127.0.0.1:\(requestedPort) did not start")
    }

    /// Stops listening and waits until the socket is closed.
    func stop() async {
        guard let task = serving.withLock({ task -> Task<Void, any Error>? in defer { task = nil }; return task }) else { return }
        // The code arrives while its page is still being written to the browser; cancelling the
        // server at once would cut that answer off ("empty reply"). Give it a moment.
        try? await Task.sleep(for: .milliseconds(300))
        task.cancel()
        _ = await task.result
    }

    private static func page(_ reply: Reply) -> Response {
        let title = reply.succeeded ? "Signed in to Visma" : "Visma sign-in failed"
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ovsync — \(title)</title></head>
            <body style="font-family:sans-serif;margin:3em"><h1>\(title)</h1><p>\(escape(reply.detail))</p></body></html>
            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: reply.succeeded ? .ok : .badRequest, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
