import Foundation
import Hummingbird
import Synchronization

/// Counts every request the sandbox receives by endpoint (`GET /v2/orders/{id}`, `POST
/// /connect/token`), before faults or authentication, so tests can see what a client sent.
final class VismaRequestCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    /// Counts one request to `method path`, with ids in the path replaced by `{id}`.
    func count(method: String, path: String) {
        let key = Self.endpoint(method: method, path: path)
        counts.withLock { $0[key, default: 0] += 1 }
    }

    /// Requests so far, by endpoint.
    var snapshot: [String: Int] { counts.withLock { $0 } }

    /// `METHOD /template`: path segments that are UUIDs become `{id}`.
    static func endpoint(method: String, path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            UUID(uuidString: String(segment)) == nil ? segment.lowercased() : "{id}"
        }
        return "\(method) /" + segments.joined(separator: "/")
    }
}

/// The middleware feeding a ``VismaRequestCounter``.
struct VismaRequestCounting: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let counter: VismaRequestCounter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        counter.count(method: request.method.rawValue, path: request.uri.path)
        return try await next(request, context)
    }
}
