import Foundation

/// Sends one HTTP request and waits for the whole response.
///
/// Calls block the calling thread: the sync engine calls them from its own serial queues,
/// never from an event loop or the main queue. Implementations are thread-safe.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, waiting at most `timeout` for the complete response.
    ///
    /// Throws ``TransportError`` when no HTTP response arrived; any status code, 5xx included,
    /// is a returned response, not an error.
    func send(_ request: HTTPRequest, timeout: Duration) throws -> HTTPResponse
}

/// Why no HTTP response arrived. Every case is transient: a retry may succeed.
public enum TransportError: Error, Equatable, CustomStringConvertible {
    /// The server did not answer in time.
    case timeout
    /// The connection could not be made or broke before the response was complete.
    case connectionFailed(String)

    public var description: String {
        switch self {
        case .timeout: "the request timed out"
        case .connectionFailed(let reason): "connection failed: \(reason)"
        }
    }
}
