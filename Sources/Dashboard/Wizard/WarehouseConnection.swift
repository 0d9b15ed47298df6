import Foundation
import SyncEngine

/// A warehouse connection Ongoing just accepted: where it is, who signs in, which goods owner,
/// and the warehouse's own order statuses. Held in memory until activation writes it.
public struct WarehouseConnection: Sendable, Equatable {
    /// The REST base the system resolved to.
    public var apiURL: URL
    /// The API user.
    public var username: String
    /// The goods owner id.
    public var goodsOwnerID: Int
    /// The warehouse's order statuses, in number order.
    public var statuses: [WarehouseStatus]
    /// The customer directory used, if a customer ID was entered.
    public var directoryURL: URL?

    /// Creates a verified connection.
    public init(apiURL: URL, username: String, goodsOwnerID: Int, statuses: [WarehouseStatus], directoryURL: URL?) {
        self.apiURL = apiURL
        self.username = username
        self.goodsOwnerID = goodsOwnerID
        self.statuses = statuses.sorted { $0.number < $1.number }
        self.directoryURL = directoryURL
    }

    /// The system's name as the dashboard header shows it.
    public var systemName: String {
        let parts = apiURL.pathComponents.filter { $0 != "/" }
        if let api = parts.firstIndex(of: "api"), api > 0 { return parts[api - 1] }
        return apiURL.host ?? apiURL.absoluteString
    }
}
