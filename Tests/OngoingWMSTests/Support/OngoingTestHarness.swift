import APITransport
import Foundation
import OngoingWMS
import Sandbox

/// A running Ongoing sandbox and a client pointed at it, for one test.
struct OngoingTestHarness: Sendable {
    let sandbox: OngoingSandbox
    let port: Int

    /// One transport for every test: AsyncHTTPClient wants an explicit shutdown, and a shared
    /// instance never needs one.
    static let transport = AsyncHTTPClientTransport()

    /// The sandbox's REST base URL.
    var apiURL: URL { sandbox.apiURL(port: port) }

    /// A client for `user` (default: the sandbox's demo user) acting for `goodsOwnerId`.
    func client(user: OngoingSandboxUser = .demo, password: String? = nil, goodsOwnerId: Int? = nil,
                pacing: OngoingPacing = OngoingPacing(), timeout: Duration = .seconds(10)) -> OngoingClient {
        OngoingClient(
            configuration: OngoingConfiguration(
                apiURL: apiURL,
                credentials: OngoingCredentials(username: user.username, password: password ?? user.password),
                goodsOwnerId: goodsOwnerId ?? user.goodsOwnerId,
                timeout: timeout
            ),
            transport: Self.transport,
            pacing: pacing
        )
    }

    /// Runs `body` against a fresh sandbox on a free port, stopping it afterwards.
    static func run<Result: Sendable>(_ options: OngoingSandboxOptions = OngoingSandboxOptions(),
                                      _ body: @Sendable (OngoingTestHarness) async throws -> Result) async throws -> Result {
        let sandbox = OngoingSandbox(options: options)
        let server = sandbox.makeServer(port: 0)
        let port = try await server.start()
        do {
            let result = try await body(OngoingTestHarness(sandbox: sandbox, port: port))
            sandbox.stopActivity()
            await server.stop()
            return result
        } catch {
            sandbox.stopActivity()
            await server.stop()
            throw error
        }
    }
}

/// Runs blocking client code on a thread of its own. Not on the Swift concurrency pool, nor
/// on Dispatch's global queues (on Linux the pool runs on them): the in-process sandbox
/// server needs those threads free to answer.
func blocking<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
