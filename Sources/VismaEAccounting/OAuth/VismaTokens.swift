import Foundation
import Synchronization

/// An access/refresh token pair and when the access token expires.
///
/// Codable, so the app's secrets store can keep it; ``description`` never shows the tokens.
public struct VismaTokens: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The bearer token for API calls (60 minutes at Visma).
    public var accessToken: String
    /// The refresh token; it may rotate on every refresh.
    public var refreshToken: String?
    /// When ``accessToken`` stops working.
    public var expiresAt: Date

    /// Creates a token pair.
    public init(accessToken: String, refreshToken: String?, expiresAt: Date) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
    }

    public var description: String {
        "VismaTokens(access: <redacted>, refresh: \(refreshToken == nil ? "none" : "<redacted>"), expiresAt: \(VismaDateFormat.string(from: expiresAt)))"
    }
}

/// Where a connection's tokens live. The app's secrets store (0600 file) conforms; every
/// refreshed pair is saved here before it is used, so a crash never loses a rotated token.
public protocol VismaTokenStore: Sendable {
    /// The stored pair, or nil when the connection was never signed in.
    func load() throws -> VismaTokens?
    /// Replaces the stored pair; must be durable when it returns.
    func save(_ tokens: VismaTokens) throws
}

/// A token store in memory only: for the demo, tests, and a sign-in's first verification.
public final class VismaMemoryTokenStore: VismaTokenStore {
    private let tokens: Mutex<VismaTokens?>

    /// Creates a store holding `tokens`.
    public init(_ tokens: VismaTokens? = nil) {
        self.tokens = Mutex(tokens)
    }

    public func load() -> VismaTokens? { tokens.withLock { $0 } }
    public func save(_ tokens: VismaTokens) { self.tokens.withLock { $0 = tokens } }
}
