import Foundation
import OngoingWMS
import VismaEAccounting

extension Workspace {
    /// Stores a verified Ongoing connection: address, user and goods owner in `config.toml`,
    /// the password in the secrets store, the warehouse's status list in the state store.
    public func saveOngoingConnection(apiURL: URL, username: String, password: String, goodsOwnerID: Int,
                                      statuses: [WarehouseStatus], directoryURL: URL? = nil, connection: ConnectionID = .primary) throws {
        try secrets.update(connection) { $0.ongoingPassword = password }
        try updateConfiguration { configuration in
            configuration.ongoing.apiURL = apiURL
            configuration.ongoing.username = username
            configuration.ongoing.goodsOwnerID = goodsOwnerID
            if let directoryURL { configuration.ongoing.directoryURL = directoryURL }
        }
        try store.write { state in
            var record = try state.connection(connection) ?? ConnectionRecord(id: connection)
            record.ongoingConnected = true
            record.ongoingWarehouse = Self.systemName(of: apiURL)
            record.goodsOwnerID = goodsOwnerID
            record.ongoingStatuses = statuses
            record.updatedAt = Date()
            try state.save(record)
            try state.append(EventRecord(connectionID: connection, entity: .connection, key: connection.rawValue, at: Date(),
                                         message: "Ongoing connected: \(record.ongoingWarehouse ?? apiURL.absoluteString), goods owner \(goodsOwnerID), user \(username)"))
        }
    }

    /// Stores a completed Visma sign-in: addresses and client id in `config.toml`, client
    /// secret and tokens in the secrets store, company and stock-module flag in the state store.
    public func saveVismaConnection(apiURL: URL, identityURL: URL, clientID: String, clientSecret: String, redirectPort: Int,
                                    result: VismaSignInResult, connection: ConnectionID = .primary) throws {
        try secrets.update(connection) { secrets in
            secrets.vismaClientSecret = clientSecret
            secrets.vismaAccessToken = result.tokens.accessToken
            secrets.vismaRefreshToken = result.tokens.refreshToken
            secrets.vismaAccessTokenExpiresAt = result.tokens.expiresAt
        }
        try updateConfiguration { configuration in
            configuration.visma.apiURL = apiURL
            configuration.visma.identityURL = identityURL
            configuration.visma.clientID = clientID
            configuration.visma.redirectPort = redirectPort
        }
        try store.write { state in
            var record = try state.connection(connection) ?? ConnectionRecord(id: connection)
            record.vismaConnected = true
            record.vismaCompany = result.companyName
            record.stockModuleActive = result.stockModuleActive
            record.needsReauthorization = false
            record.updatedAt = Date()
            try state.save(record)
            try state.append(EventRecord(connectionID: connection, entity: .connection, key: connection.rawValue, at: Date(),
                                         message: "Visma connected: \(result.companyName)\(result.stockModuleActive ? " (Visma stock module active)" : "")"))
        }
    }

    /// The Ongoing system name in an API URL (`…/<name>/api/v1/`), or its host.
    static func systemName(of apiURL: URL) -> String {
        let parts = apiURL.pathComponents.filter { $0 != "/" }
        if let api = parts.firstIndex(of: "api"), api > 0 { return parts[api - 1] }
        return apiURL.host ?? apiURL.absoluteString
    }
}
