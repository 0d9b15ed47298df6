import Foundation

/// Identifies one Visma-company ↔ goods-owner pair. Every stored row carries one; today a
/// home serves the single connection ``ConnectionID/primary``.
public struct ConnectionID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The connection a home is created with.
    public static let primary = ConnectionID(rawValue: "default")
    public var description: String { rawValue }
}

/// The secrets of one connection. Its description never shows a value, so printing or
/// logging it by mistake reveals only which secrets are present.
public struct ConnectionSecrets: Sendable, Equatable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The Ongoing API user's password.
    public var ongoingPassword: String?
    /// The Visma OAuth client secret.
    public var vismaClientSecret: String?
    /// The current Visma access token.
    public var vismaAccessToken: String?
    /// The current Visma refresh token.
    public var vismaRefreshToken: String?
    /// When the access token expires.
    public var vismaAccessTokenExpiresAt: Date?

    /// No secrets.
    public init() {}

    public var description: String {
        let present = [
            ongoingPassword.map { _ in "ongoing password" },
            vismaClientSecret.map { _ in "visma client secret" },
            vismaAccessToken.map { _ in "visma access token" },
            vismaRefreshToken.map { _ in "visma refresh token" },
        ].compactMap { $0 }
        return "ConnectionSecrets(\(present.isEmpty ? "none" : present.joined(separator: ", ")): redacted)"
    }

    public var debugDescription: String { description }
}
