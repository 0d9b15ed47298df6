import Foundation

/// The Visma OAuth client and addresses step 2 signs in with. Its description never shows the secret.
public struct VismaClientEntry: Sendable, Equatable, CustomStringConvertible {
    /// The API base, ending in `/v2`.
    public var apiURL: URL
    /// The identity server.
    public var identityURL: URL
    /// The OAuth client id.
    public var clientID: String
    /// The OAuth client secret; held in memory only until activation.
    public var clientSecret: String
    /// The loopback port of the redirect receiver.
    public var redirectPort: Int

    /// Creates an entry.
    public init(apiURL: URL, identityURL: URL, clientID: String, clientSecret: String, redirectPort: Int) {
        self.apiURL = apiURL
        self.identityURL = identityURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.redirectPort = redirectPort
    }

    public var description: String { "VismaClientEntry(\(clientID) at \(identityURL.absoluteString), secret <redacted>, port \(redirectPort))" }
}
