import Foundation
import Hummingbird
import NIOCore

/// Applies a ``FaultInjector`` to every request: latency first, then at most one fault.
/// The throttle answer is service-specific, so each sandbox passes its own 429 response.
public struct FaultMiddleware: RouterMiddleware {
    public typealias Context = SandboxRequestContext
    let injector: FaultInjector
    let throttled: @Sendable () -> Response

    /// Creates the middleware; `throttled` builds the service's own 429 answer.
    public init(injector: FaultInjector, throttled: @escaping @Sendable () -> Response) {
        self.injector = injector
        self.throttled = throttled
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let plan = injector.plan
        if plan.latencyMilliseconds > 0 {
            try await Task.sleep(for: .milliseconds(plan.latencyMilliseconds))
        }
        switch injector.nextFault() {
        case nil:
            return try await next(request, context)
        case .serverError(let status):
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: "{\"Message\":\"An error has occurred.\"}")))
        case .timeout:
            try await Task.sleep(for: .seconds(plan.hangSeconds))
            return Response(status: .gatewayTimeout)
        case .drop:
            context.channel.close(promise: nil)
            throw HTTPError(.serviceUnavailable)
        case .malformed:
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "{\"Data\": [{\"Id\": \"tru")))
        case .throttle:
            return throttled()
        }
    }
}
