import Foundation

/// Where a running pair of sandboxes (or real services) answers, and the credentials ovsync
/// connects with: what `ovsync connect visma` and `ovsync connect ongoing` are given.
public struct SandboxEndpoints: Sendable, Equatable {
    /// The Visma API root, ending in `/v2`.
    public var vismaAPI: URL
    /// The Visma identity server.
    public var vismaIdentity: URL
    /// The OAuth client id.
    public var vismaClientID: String
    /// The OAuth client secret.
    public var vismaClientSecret: String
    /// The Ongoing REST base, `…/<system>/api/v1/`.
    public var ongoingAPI: URL
    /// The Ongoing API user.
    public var ongoingUsername: String
    /// The Ongoing API user's password.
    public var ongoingPassword: String
    /// The goods owner the Ongoing user acts for.
    public var goodsOwnerID: Int

    /// Creates the endpoints.
    public init(vismaAPI: URL, vismaIdentity: URL, vismaClientID: String, vismaClientSecret: String,
                ongoingAPI: URL, ongoingUsername: String, ongoingPassword: String, goodsOwnerID: Int) {
        self.vismaAPI = vismaAPI
        self.vismaIdentity = vismaIdentity
        self.vismaClientID = vismaClientID
        self.vismaClientSecret = vismaClientSecret
        self.ongoingAPI = ongoingAPI
        self.ongoingUsername = ongoingUsername
        self.ongoingPassword = ongoingPassword
        self.goodsOwnerID = goodsOwnerID
    }
}
