import Foundation

/// What step 1 asks the warehouse to confirm: the system as entered, the API user, the
/// password and the goods owner. Its description never shows the password.
public struct WarehouseRequest: Sendable, Equatable, CustomStringConvertible {
    /// The system as entered: login URL, name, API URL or customer ID.
    public var system: String
    /// The API user.
    public var username: String
    /// The password; held in memory only until activation.
    public var password: String
    /// The goods owner id.
    public var goodsOwnerID: Int
    /// Where a numeric customer ID is looked up (from config.toml), if anywhere.
    public var directoryURL: URL?

    /// Creates a request.
    public init(system: String, username: String, password: String, goodsOwnerID: Int, directoryURL: URL?) {
        self.system = system
        self.username = username
        self.password = password
        self.goodsOwnerID = goodsOwnerID
        self.directoryURL = directoryURL
    }

    public var description: String { "WarehouseRequest(\(system), user \(username), password <redacted>, goods owner \(goodsOwnerID))" }
}
