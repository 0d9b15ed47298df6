import Foundation
import Hummingbird
import Synchronization

/// One request the Ongoing sandbox received.
public struct OngoingSandboxRequest: Sendable, Equatable {
    /// The HTTP method.
    public let method: String
    /// The endpoint with ids replaced, e.g. `/orders/{id}`.
    public let endpoint: String
    /// The raw query string, as sent.
    public let query: String
}

/// Counts and remembers the sandbox's requests, and measures how many writes per goods owner
/// were in flight at once (the client must keep that at one).
final class OngoingRequestLog: Sendable {
    private struct State {
        var recent: [OngoingSandboxRequest] = []
        var counts: [String: Int] = [:]
        var writesInFlight: [Int: Int] = [:]
        var maxWritesInFlight: [Int: Int] = [:]
    }

    /// How many requests ``recent`` keeps.
    static let capacity = 10_000
    private let state = Mutex(State())

    /// Records a request under its endpoint (the path below the REST base, ids as `{id}`).
    func record(method: String, path: String, query: String?, systemPrefix: String) {
        var endpoint = path.hasPrefix(systemPrefix) ? String(path.dropFirst(systemPrefix.count)) : path
        endpoint = endpoint.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.allSatisfy(\.isNumber) ? "{id}" : String($0) }
            .reduce("") { $0 + "/" + $1 }
        let request = OngoingSandboxRequest(method: method, endpoint: endpoint, query: query ?? "")
        state.withLock { state in
            state.counts["\(method) \(endpoint)", default: 0] += 1
            state.recent.append(request)
            if state.recent.count > Self.capacity { state.recent.removeFirst(state.recent.count - Self.capacity) }
        }
    }

    /// Marks a write for `goodsOwnerId` as started.
    func writeStarted(goodsOwnerId: Int) {
        state.withLock { state in
            state.writesInFlight[goodsOwnerId, default: 0] += 1
            state.maxWritesInFlight[goodsOwnerId] = max(state.maxWritesInFlight[goodsOwnerId] ?? 0, state.writesInFlight[goodsOwnerId] ?? 0)
        }
    }

    /// Marks a write for `goodsOwnerId` as finished.
    func writeFinished(goodsOwnerId: Int) {
        state.withLock { $0.writesInFlight[goodsOwnerId, default: 1] -= 1 }
    }

    func count(_ key: String) -> Int { state.withLock { $0.counts[key] ?? 0 } }
    var counts: [String: Int] { state.withLock { $0.counts } }
    var recent: [OngoingSandboxRequest] { state.withLock { $0.recent } }
    func maxWritesInFlight(goodsOwnerId: Int) -> Int { state.withLock { $0.maxWritesInFlight[goodsOwnerId] ?? 0 } }
}

/// Feeds every request into the ``OngoingRequestLog``; outside fault injection, so injected
/// latency counts as time in flight.
struct OngoingRequestLogMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let log: OngoingRequestLog
    let systemPrefix: String
    /// The goods owner of the user in an `Authorization` header, if any.
    let goodsOwnerOf: @Sendable (String?) -> Int?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        log.record(method: request.method.rawValue, path: request.uri.path, query: request.uri.query, systemPrefix: systemPrefix)
        guard request.method != .get, let owner = goodsOwnerOf(request.headers[.authorization]) else {
            return try await next(request, context)
        }
        log.writeStarted(goodsOwnerId: owner)
        defer { log.writeFinished(goodsOwnerId: owner) }
        return try await next(request, context)
    }
}
