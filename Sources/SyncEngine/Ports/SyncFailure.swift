import Foundation

/// A failed remote call, classified by what the engine should do about it.
public struct SyncFailure: Error, Equatable, CustomStringConvertible {
    /// What the engine does about a failure.
    public enum Kind: String, Sendable, Equatable {
        /// Network, timeout, 5xx, 429: retry later with backoff.
        case transient
        /// This item cannot be handled as it is (validation, unknown article): park it, go on.
        case rejected
        /// Credentials or tokens were refused: pause the connection until an admin signs in again.
        case authentication
    }

    public var kind: Kind
    /// What happened, in words an admin understands. Never contains a secret.
    public var message: String
    /// The server's wait hint, in seconds.
    public var retryAfter: TimeInterval?

    public init(_ kind: Kind, _ message: String, retryAfter: TimeInterval? = nil) {
        self.kind = kind
        self.message = message
        self.retryAfter = retryAfter
    }

    public var description: String { message }
}
