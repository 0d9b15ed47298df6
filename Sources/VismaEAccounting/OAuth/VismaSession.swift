import APITransport
import Foundation
import Synchronization

/// The tokens of one Visma connection, shared by all its processes.
///
/// Hands out a valid access token, refreshing shortly before expiry. Refresh is single-flight:
/// however many threads need one at the same moment, one token request is made, and the new
/// pair is saved to the ``VismaTokenStore`` before anyone uses it. A rejected refresh marks the
/// session as needing re-authorisation until ``replaceTokens(_:)`` installs a new sign-in.
public final class VismaSession: Sendable {
    /// The identity client used for refresh and revocation.
    public let identity: VismaIdentityClient
    /// How long before expiry a token is refreshed proactively.
    public let refreshMargin: TimeInterval
    private let store: any VismaTokenStore
    private let clock: any PacingClock
    private let state = Mutex(State())
    /// Serialises refreshes; held across the blocking token request so only one is in flight.
    private let refreshing = NSLock()

    private struct State {
        var tokens: VismaTokens?
        var loaded = false
        var needsReauthorization: String?
        /// A pair the server issued that could not be saved yet; saved before it is used.
        var unsaved: VismaTokens?
    }

    /// Creates the session of one connection.
    public init(identity: VismaIdentityClient, store: any VismaTokenStore,
                clock: any PacingClock = SystemPacingClock(), refreshMargin: TimeInterval = 300) {
        self.identity = identity
        self.store = store
        self.clock = clock
        self.refreshMargin = refreshMargin
    }

    /// Why the connection needs a new sign-in, or nil while it works.
    public var reauthorizationReason: String? { state.withLock { $0.needsReauthorization } }

    /// True once the tokens were rejected for good.
    public var needsReauthorization: Bool { reauthorizationReason != nil }

    /// A valid access token, refreshed first when it expires within ``refreshMargin``. When
    /// that early refresh fails transiently, the old token is used while it still lives.
    public func accessToken() throws -> String {
        let tokens = try currentTokens()
        let remaining = tokens.expiresAt.timeIntervalSince(clock.now())
        if remaining > refreshMargin { return tokens.accessToken }
        do {
            return try refresh(replacing: tokens.accessToken, onlyIfExpiring: true)
        } catch let error as VismaError where error.classification == .transient && remaining > 0 {
            return tokens.accessToken
        }
    }

    /// After the API answered 401 to `rejectedToken`: a fresh token, from one refresh shared
    /// with every other thread that saw the same rejection.
    public func tokenAfterRejection(of rejectedToken: String) throws -> String {
        try refresh(replacing: rejectedToken, onlyIfExpiring: false)
    }

    /// Marks the connection as needing a new sign-in (the API refused a freshly refreshed token).
    public func markNeedsReauthorization(_ reason: String) {
        state.withLock { $0.needsReauthorization = reason }
    }

    /// Installs the pair from a new sign-in (saving it first) and clears re-authorisation.
    public func replaceTokens(_ tokens: VismaTokens) throws {
        try store.save(tokens)
        state.withLock { $0 = State(tokens: tokens, loaded: true) }
    }

    /// Revokes the refresh token at Visma (disconnect). The session needs a new sign-in afterwards.
    public func revoke() throws {
        refreshing.lock()
        defer { refreshing.unlock() }
        let tokens = try currentTokens(allowingReauthorization: true)
        if let refreshToken = tokens.refreshToken { try identity.revoke(refreshToken: refreshToken) }
        markNeedsReauthorization("the connection was disconnected and its tokens revoked")
    }

    private func currentTokens(allowingReauthorization: Bool = false) throws -> VismaTokens {
        let (tokens, reason) = try state.withLock { state -> (VismaTokens?, String?) in
            if !state.loaded {
                state.tokens = try store.load()
                state.loaded = true
            }
            return (state.tokens, state.needsReauthorization)
        }
        if let reason, !allowingReauthorization { throw VismaError.needsReauthorization(reason) }
        guard let tokens else { throw VismaError.needsReauthorization("this connection has not been signed in to Visma") }
        return tokens
    }

    private func refresh(replacing staleToken: String, onlyIfExpiring: Bool) throws -> String {
        refreshing.lock()
        defer { refreshing.unlock() }
        let current = try currentTokens()
        let stillFresh = current.expiresAt.timeIntervalSince(clock.now()) > refreshMargin
        // Another thread may have refreshed while this one waited for the lock.
        if stillFresh && (onlyIfExpiring || current.accessToken != staleToken) { return current.accessToken }

        if let unsaved = state.withLock({ $0.unsaved }) {
            try store.save(unsaved)
            state.withLock { $0.tokens = unsaved; $0.unsaved = nil }
            return unsaved.accessToken
        }
        guard let refreshToken = current.refreshToken else {
            let reason = "the access token expired and there is no refresh token (was offline_access granted?)"
            markNeedsReauthorization(reason)
            throw VismaError.needsReauthorization(reason)
        }
        let renewed: VismaTokens
        do {
            renewed = try identity.refresh(refreshToken)
        } catch let error as VismaError where error.classification == .authentication {
            markNeedsReauthorization(error.message)
            throw error
        }
        state.withLock { $0.unsaved = renewed }
        do {
            try store.save(renewed)
        } catch {
            throw VismaError(classification: .transient, message: "the refreshed Visma tokens could not be saved: \(error)")
        }
        state.withLock { $0.tokens = renewed; $0.unsaved = nil }
        return renewed.accessToken
    }
}
