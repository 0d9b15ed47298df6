import Foundation

/// A failed Visma call, classified the way the engine reacts to it.
public struct VismaError: Error, Sendable, CustomStringConvertible {
    /// How the engine should react.
    public enum Classification: String, Sendable, Equatable {
        /// Network, timeout, 5xx, 429: retry later with backoff.
        case transient
        /// Validation and other 4xx: park this item, go on with the others.
        case permanent
        /// The tokens are no good: pause the connection until the admin signs in again.
        case authentication
    }

    /// How the engine should react.
    public var classification: Classification
    /// A sentence an admin can act on (never contains secrets).
    public var message: String
    /// The HTTP status, when an answer came.
    public var status: Int?
    /// Visma's `ErrorCode` (e.g. 2000, 4005, 4010).
    public var errorCode: Int?
    /// The OAuth `error` of the identity server (e.g. `invalid_grant`).
    public var oauthError: String?
    /// Visma's `ErrorId`, to quote to Visma support.
    public var errorId: String?
    /// Field-level validation errors (`Errors[]`).
    public var fieldErrors: [VismaFieldError]
    /// How long the server asked us to wait (from "Try again in N seconds").
    public var retryAfter: TimeInterval?
    /// The endpoint, as `METHOD /v2/template`.
    public var endpoint: String?

    /// Creates an error.
    public init(classification: Classification, message: String, status: Int? = nil, errorCode: Int? = nil,
                oauthError: String? = nil, errorId: String? = nil, fieldErrors: [VismaFieldError] = [],
                retryAfter: TimeInterval? = nil, endpoint: String? = nil) {
        self.classification = classification
        self.message = message
        self.status = status
        self.errorCode = errorCode
        self.oauthError = oauthError
        self.errorId = errorId
        self.fieldErrors = fieldErrors
        self.retryAfter = retryAfter
        self.endpoint = endpoint
    }

    /// True when the connection must be signed in again before it can work.
    public var needsReauthorization: Bool { classification == .authentication }

    /// The tokens were rejected for good (refresh refused, 401 after a refresh, revoked).
    public static func needsReauthorization(_ reason: String, status: Int? = nil, oauthError: String? = nil) -> VismaError {
        VismaError(classification: .authentication,
                   message: "Visma needs to be signed in again: \(reason)",
                   status: status, oauthError: oauthError)
    }

    public var description: String {
        var text = message
        if let endpoint { text += " [\(endpoint)]" }
        if let errorId { text += " (Visma ErrorId \(errorId))" }
        return text
    }
}

/// One entry of Visma's `Errors[]`: which field failed validation and why.
public struct VismaFieldError: Sendable, Equatable {
    /// The field path, e.g. `Rows[0].Quantity`.
    public var field: String?
    /// Visma's code for this field error.
    public var errorCode: String?
    /// The message.
    public var message: String?

    /// Creates a field error.
    public init(field: String?, errorCode: String?, message: String?) {
        self.field = field
        self.errorCode = errorCode
        self.message = message
    }
}
