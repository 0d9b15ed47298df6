import APITransport
import Foundation

/// Why a call to the Ongoing API failed, classified by ``kind``.
public enum OngoingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// HTTP 401: the user name or password is wrong.
    case unauthorized(message: String)
    /// HTTP 403: the API user may not act for this goods owner.
    case forbidden(message: String)
    /// Another 4xx (400, 404, 409, …): the warehouse refused this request, e.g. an update of an
    /// order it has started picking. Never retried.
    case rejected(status: Int, message: String)
    /// HTTP 429: too many calls; wait `retryAfter` seconds.
    case throttled(retryAfter: TimeInterval, message: String)
    /// HTTP 5xx or 408.
    case serverError(status: Int, message: String)
    /// No HTTP answer: refused connection, unknown host, timeout, dropped connection.
    case unreachable(reason: String)
    /// A 2xx whose body could not be read.
    case malformedResponse(reason: String)
    /// A 2xx that did not return the id of what it claims to have saved.
    case missingIdentifier(message: String)
    /// The request could not be built (an unencodable value, an invalid URL); a bug or bad data.
    case invalidRequest(reason: String)
    /// Refused locally: this method failed repeatedly, and calling on would get us locked out.
    case circuitOpen(method: String, retryAfter: TimeInterval)

    /// How to react: retry, park the item, or stop the connection.
    public var kind: OngoingErrorKind {
        switch self {
        case .unauthorized, .forbidden: .authentication
        case .rejected, .missingIdentifier, .invalidRequest: .permanent
        case .throttled, .serverError, .unreachable, .malformedResponse, .circuitOpen: .transient
        }
    }

    /// Seconds the server (or the breaker) asked us to wait, when it did.
    public var retryAfter: TimeInterval? {
        switch self {
        case .throttled(let seconds, _), .circuitOpen(_, let seconds): seconds
        default: nil
        }
    }

    /// The HTTP status, when there was an answer.
    public var status: Int? {
        switch self {
        case .unauthorized: 401
        case .forbidden: 403
        case .rejected(let status, _), .serverError(let status, _): status
        case .throttled: 429
        default: nil
        }
    }

    /// The server's own message, when it sent one.
    public var serverMessage: String? {
        switch self {
        case .unauthorized(let message), .forbidden(let message), .rejected(_, let message), .throttled(_, let message),
             .serverError(_, let message), .missingIdentifier(let message):
            message.isEmpty ? nil : message
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .unauthorized(let message):
            "Ongoing rejected the user name or password (HTTP 401)\(Self.quoted(message))"
        case .forbidden(let message):
            "the Ongoing API user has no access to this goods owner (HTTP 403)\(Self.quoted(message))"
        case .rejected(let status, let message):
            "Ongoing refused the request (HTTP \(status))\(Self.quoted(message))"
        case .throttled(let seconds, _):
            "Ongoing asked to slow down (HTTP 429); retry in \(Int(seconds.rounded(.up))) s"
        case .serverError(let status, let message):
            "Ongoing had a server error (HTTP \(status))\(Self.quoted(message))"
        case .unreachable(let reason):
            "Ongoing could not be reached: \(reason)"
        case .malformedResponse(let reason):
            "Ongoing sent an unreadable answer: \(reason)"
        case .missingIdentifier(let message):
            "Ongoing answered success but returned no id\(Self.quoted(message))"
        case .invalidRequest(let reason):
            "the request to Ongoing could not be built: \(reason)"
        case .circuitOpen(let method, let seconds):
            "\(method) paused after repeated failures, to avoid Ongoing's lock-out; next try in \(Int(seconds.rounded(.up))) s"
        }
    }

    private static func quoted(_ message: String) -> String {
        message.isEmpty ? "" : ": \(message)"
    }

    /// Classifies a non-2xx `response`; `defaultRetryAfter` applies to a 429 without `Retry-After`.
    static func classify(_ response: HTTPResponse, defaultRetryAfter: TimeInterval, now: Date) -> OngoingError {
        let message = OngoingErrorMessage.extract(from: response)
        switch response.status {
        case 401: return .unauthorized(message: message)
        case 403: return .forbidden(message: message)
        case 429:
            let hint = response.header("Retry-After").flatMap { RetryAfterHeader.seconds(from: $0, now: now) }
            return .throttled(retryAfter: hint ?? defaultRetryAfter, message: message)
        case 408, 500...: return .serverError(status: response.status, message: message)
        default: return .rejected(status: response.status, message: message)
        }
    }
}
