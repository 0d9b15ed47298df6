import APITransport
import Foundation
import OngoingWMS
import VismaEAccounting

/// Both systems of a connection, opened from a workspace's settings and secrets: the real
/// clients behind the engine's ports, sharing one HTTP transport and one pacer per service.
public final class ConnectedSystems: Sendable {
    /// Visma eAccounting.
    public let accounting: any AccountingSystem
    /// Ongoing WMS.
    public let warehouse: any Warehouse
    /// The Visma token session (its state tells whether a new sign-in is needed).
    public let vismaSession: VismaSession
    private let transport: AsyncHTTPClientTransport

    /// Opens both sides; throws ``NotConnectedError`` naming what is missing and how to fix it.
    /// `vismaBudgetPerMinute` and `ongoingBudgetPerMinute` are the client-side request budgets
    /// per endpoint (benchmarks against unthrottled sandboxes raise them).
    public init(workspace: Workspace, connection: ConnectionID = .primary, vismaBudgetPerMinute: Int = VismaClient.defaultBudgetPerMinute,
                ongoingBudgetPerMinute: Int = 300) throws {
        let configuration = try workspace.reloadConfiguration()
        let secrets = try workspace.secrets.secrets(for: connection)
        guard let clientID = configuration.visma.clientID, let clientSecret = secrets.vismaClientSecret, secrets.vismaRefreshToken != nil || secrets.vismaAccessToken != nil else {
            throw NotConnectedError.visma
        }
        guard let apiURL = configuration.ongoing.apiURL, let username = configuration.ongoing.username,
              let goodsOwner = configuration.ongoing.goodsOwnerID, let password = secrets.ongoingPassword else {
            throw NotConnectedError.ongoing
        }
        let transport = AsyncHTTPClientTransport()
        self.transport = transport
        let identity = VismaIdentityClient(
            configuration: VismaOAuthConfiguration(identityURL: configuration.visma.identityURL, clientID: clientID, clientSecret: clientSecret),
            transport: transport)
        vismaSession = VismaSession(identity: identity, store: SecretsTokenStore(secrets: workspace.secrets, connection: connection))
        let visma = VismaClient(apiURL: configuration.visma.apiURL, session: vismaSession, transport: transport, pacer: RequestPacer(budget: vismaBudgetPerMinute, window: .seconds(60)))
        accounting = VismaAccountingSystem(client: visma)
        let ongoing = OngoingClient(
            configuration: OngoingConfiguration(apiURL: apiURL, credentials: OngoingCredentials(username: username, password: password), goodsOwnerId: goodsOwner),
            transport: transport, pacing: OngoingPacing(requestsPerMinute: ongoingBudgetPerMinute))
        warehouse = OngoingWarehouse(client: ongoing)
    }

    /// Closes the HTTP connections.
    public func shutdown() {
        transport.shutdown()
    }
}

/// A side of the connection is not set up yet.
public enum NotConnectedError: Error, Equatable, CustomStringConvertible {
    case visma, ongoing

    public var description: String {
        switch self {
        case .visma: "Visma is not connected: run ovsync connect visma (or ovsync setup)"
        case .ongoing: "Ongoing is not connected: run ovsync connect ongoing (or ovsync setup)"
        }
    }
}
