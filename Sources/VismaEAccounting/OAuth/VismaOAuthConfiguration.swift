import Foundation

/// A registered Visma API client: where the identity server is and how we authenticate to it.
public struct VismaOAuthConfiguration: Sendable, CustomStringConvertible {
    /// The identity server's root, e.g. `https://identity.vismaonline.com`.
    public var identityURL: URL
    /// The client id Visma issued.
    public var clientID: String
    /// The client secret (never printed: ``description`` leaves it out).
    public var clientSecret: String
    /// The scopes asked for.
    public var scopes: [String]

    /// The scopes the integration needs: API access, a refresh token, and sales read/write.
    public static let defaultScopes = ["ea:api", "offline_access", "ea:sales"]
    /// Visma's production identity server.
    public static let productionIdentityURL = URL(string: "https://identity.vismaonline.com")!
    /// Visma's production API root.
    public static let productionAPIURL = URL(string: "https://eaccountingapi.vismaonline.com/v2")!

    /// Creates a configuration.
    public init(identityURL: URL = productionIdentityURL, clientID: String, clientSecret: String, scopes: [String] = defaultScopes) {
        self.identityURL = identityURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
    }

    /// `{identity}/connect/<name>`.
    func endpoint(_ name: String) -> URL {
        identityURL.appendingPathComponent("connect").appendingPathComponent(name)
    }

    public var description: String { "Visma client \(clientID) at \(identityURL.absoluteString)" }
}
