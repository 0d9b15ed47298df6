import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The production ``HTTPTransport``: AsyncHTTPClient, waiting on its futures.
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    /// Creates a transport with its own connection pool; call ``shutdown()`` when done.
    public init(connectTimeout: Duration = .seconds(10)) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .nanoseconds(connectTimeout.nanoseconds)
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .enabled(limit: .ratio(50))
        // A refused connection is reported at once; the engine's own backoff decides when to try again.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: HTTPRequest, timeout: Duration) throws -> HTTPResponse {
        var headers = HTTPHeaders()
        for header in request.headers { headers.add(name: header.name, value: header.value) }
        let outgoing = try HTTPClient.Request(
            url: request.url,
            method: HTTPMethod(rawValue: request.method),
            headers: headers,
            body: request.body.map { .bytes($0) }
        )
        let deadline = NIODeadline.now() + .nanoseconds(timeout.nanoseconds)
        do {
            let response = try client.execute(request: outgoing, deadline: deadline).wait()
            let body = response.body.map { Data(buffer: $0) } ?? Data()
            return HTTPResponse(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: body
            )
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw TransportError.timeout
        } catch {
            throw TransportError.connectionFailed(String(describing: error))
        }
    }

    /// Closes the connection pool; blocks until it is closed.
    public func shutdown() {
        try? client.syncShutdown()
    }
}

extension Duration {
    /// The duration in whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).partialValue + attoseconds / 1_000_000_000
    }
}

extension Data {
    init(buffer: ByteBuffer) {
        self = Data(buffer.readableBytesView)
    }
}
