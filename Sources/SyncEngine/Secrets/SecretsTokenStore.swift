import Foundation
import VismaEAccounting

/// Visma tokens kept in the secrets store, so every refreshed pair is on disk (0600, atomic)
/// before it is used.
public struct SecretsTokenStore: VismaTokenStore {
    let secrets: SecretsStore
    let connection: ConnectionID

    /// The tokens of `connection` in `secrets`.
    public init(secrets: SecretsStore, connection: ConnectionID = .primary) {
        self.secrets = secrets
        self.connection = connection
    }

    public func load() throws -> VismaTokens? {
        let stored = try secrets.secrets(for: connection)
        guard let access = stored.vismaAccessToken else { return nil }
        return VismaTokens(accessToken: access, refreshToken: stored.vismaRefreshToken, expiresAt: stored.vismaAccessTokenExpiresAt ?? .distantPast)
    }

    public func save(_ tokens: VismaTokens) throws {
        try secrets.update(connection) { secrets in
            secrets.vismaAccessToken = tokens.accessToken
            secrets.vismaRefreshToken = tokens.refreshToken
            secrets.vismaAccessTokenExpiresAt = tokens.expiresAt
        }
    }
}
