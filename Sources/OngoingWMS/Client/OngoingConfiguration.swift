import Foundation

/// Where and as whom the client talks to Ongoing.
public struct OngoingConfiguration: Sendable, Equatable {
    /// The REST base, ending in `/api/v1/` (see ``OngoingSystemResolver``).
    public var apiURL: URL
    /// The API user.
    public var credentials: OngoingCredentials
    /// The goods owner this connection acts for.
    public var goodsOwnerId: Int
    /// How long one request may take.
    public var timeout: Duration

    /// Creates a configuration; a missing trailing slash on `apiURL` is added.
    public init(apiURL: URL, credentials: OngoingCredentials, goodsOwnerId: Int, timeout: Duration = .seconds(30)) {
        self.apiURL = apiURL.absoluteString.hasSuffix("/") ? apiURL : URL(string: apiURL.absoluteString + "/") ?? apiURL
        self.credentials = credentials
        self.goodsOwnerId = goodsOwnerId
        self.timeout = timeout
    }
}
