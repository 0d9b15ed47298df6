import APITransport
import Foundation
import Synchronization

/// Passes requests to another transport and keeps a copy of each, to inspect what the client sent.
final class RecordingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let recorded = Mutex<[HTTPRequest]>([])

    init(_ inner: any HTTPTransport) {
        self.inner = inner
    }

    func send(_ request: HTTPRequest, timeout: Duration) throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try inner.send(request, timeout: timeout)
    }

    /// The requests sent so far.
    var requests: [HTTPRequest] { recorded.withLock { $0 } }
}
