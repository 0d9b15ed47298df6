import APITransport
import Foundation
import OngoingWMS
import SyncEngine
import VismaEAccounting

/// A temporary ovsync home connected to both systems the way `ovsync connect` does it: the
/// Ongoing user is verified against the API, and Visma is signed in to through the real OAuth
/// endpoints (authorisation URL → redirect to the loopback receiver → code → token).
///
/// ```swift
/// let connected = try await EngineWorkspace.connect(to: endpoints) { $0.shipments.backorderOnShortShipment = true }
/// let harness = try connected.makeHarness()
/// try await harness.runUntilQuiet()
/// ```
public final class EngineWorkspace: Sendable {
    /// The home folder (pass `home.path` to `--home`).
    public let home: TemporaryHome
    /// The opened home: settings, secrets and state store.
    public let workspace: Workspace
    /// What it is connected to.
    public let endpoints: SandboxEndpoints

    private init(home: TemporaryHome, workspace: Workspace, endpoints: SandboxEndpoints) {
        self.home = home
        self.workspace = workspace
        self.endpoints = endpoints
    }

    /// Creates a home, verifies and stores the Ongoing connection, signs in to Visma and stores
    /// that connection, then applies `configure` to `config.toml`.
    public static func connect(to endpoints: SandboxEndpoints, configure: @Sendable (inout Configuration) -> Void = { _ in }) async throws -> EngineWorkspace {
        let home = try TemporaryHome()
        let workspace = try home.openWorkspace()
        let transport = AsyncHTTPClientTransport()
        do {
            let connected = try await connect(home: home, workspace: workspace, endpoints: endpoints, transport: transport, configure: configure)
            _ = try? await EngineOffload.run { transport.shutdown() }
            return connected
        } catch {
            _ = try? await EngineOffload.run { transport.shutdown() }
            throw error
        }
    }

    private static func connect(home: TemporaryHome, workspace: Workspace, endpoints: SandboxEndpoints, transport: AsyncHTTPClientTransport,
                                configure: @Sendable (inout Configuration) -> Void) async throws -> EngineWorkspace {
        let ongoing = OngoingClient(
            configuration: OngoingConfiguration(apiURL: endpoints.ongoingAPI,
                                                credentials: OngoingCredentials(username: endpoints.ongoingUsername, password: endpoints.ongoingPassword),
                                                goodsOwnerId: endpoints.goodsOwnerID),
            transport: transport)
        let statuses = try await EngineOffload.run { try ongoing.checkConnection() }
        try workspace.saveOngoingConnection(apiURL: endpoints.ongoingAPI, username: endpoints.ongoingUsername, password: endpoints.ongoingPassword,
                                            goodsOwnerID: endpoints.goodsOwnerID,
                                            statuses: statuses.map { WarehouseStatus(number: $0.number, text: $0.text ?? "") })

        let result = try await signIn(endpoints, transport: transport)
        try workspace.saveVismaConnection(apiURL: endpoints.vismaAPI, identityURL: endpoints.vismaIdentity, clientID: endpoints.vismaClientID,
                                          clientSecret: endpoints.vismaClientSecret, redirectPort: 53682, result: result)
        try workspace.updateConfiguration(configure)
        return EngineWorkspace(home: home, workspace: workspace, endpoints: endpoints)
    }

    /// The Visma sign-in as a browser does it: open the authorisation URL, follow the
    /// identity server's redirect to the loopback receiver, let the flow exchange the code.
    private static func signIn(_ endpoints: SandboxEndpoints, transport: AsyncHTTPClientTransport) async throws -> VismaSignInResult {
        let signIn = VismaSignIn(configuration: VismaOAuthConfiguration(identityURL: endpoints.vismaIdentity, clientID: endpoints.vismaClientID,
                                                                        clientSecret: endpoints.vismaClientSecret),
                                 apiURL: endpoints.vismaAPI, transport: transport, tokenStore: VismaMemoryTokenStore())
        let attempt = try await signIn.start(redirectPort: 0)
        let authorizationURL = attempt.authorizationURL
        try await EngineOffload.run {
            var url = authorizationURL
            for _ in 0..<5 {
                let answer = try transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(10))
                guard (300..<400).contains(answer.status), let location = answer.header("Location"),
                      let next = URL(string: location, relativeTo: url)?.absoluteURL else { return }
                url = next
            }
        }
        return try await attempt.finish(timeout: .seconds(20))
    }

    /// The settings as `config.toml` holds them now.
    public func configuration() throws -> Configuration {
        try workspace.reloadConfiguration()
    }

    /// Changes `config.toml` (takes effect for harnesses made afterwards).
    public func configure(_ change: (inout Configuration) -> Void) throws {
        try workspace.updateConfiguration(change)
    }

    /// An engine over this workspace. Without `clock` the systems are opened exactly as the
    /// `run` command opens them (``ConnectedSystems``); with one, the same clients are built
    /// on that virtual clock (pacing, breakers, token expiry and the engine all follow it).
    public func makeHarness(clock: EngineTestClock? = nil) throws -> EngineHarness {
        let configuration = try workspace.reloadConfiguration()
        guard let clock else {
            let systems = try ConnectedSystems(workspace: workspace)
            let engine = Engine(store: workspace.store, configuration: configuration, accounting: systems.accounting, warehouse: systems.warehouse)
            return EngineHarness(engine: engine, store: workspace.store, configuration: configuration,
                                 accounting: systems.accounting, warehouse: systems.warehouse, shutdown: { systems.shutdown() })
        }
        let transport = AsyncHTTPClientTransport()
        let identity = VismaIdentityClient(configuration: VismaOAuthConfiguration(identityURL: endpoints.vismaIdentity, clientID: endpoints.vismaClientID,
                                                                                  clientSecret: endpoints.vismaClientSecret),
                                           transport: transport, clock: clock)
        let session = VismaSession(identity: identity, store: SecretsTokenStore(secrets: workspace.secrets), clock: clock)
        let visma = VismaClient(apiURL: endpoints.vismaAPI, session: session, transport: transport, pacer: VismaClient.makePacer(clock: clock))
        let ongoing = OngoingClient(
            configuration: OngoingConfiguration(apiURL: endpoints.ongoingAPI,
                                                credentials: OngoingCredentials(username: endpoints.ongoingUsername, password: endpoints.ongoingPassword),
                                                goodsOwnerId: endpoints.goodsOwnerID),
            transport: transport, pacing: OngoingPacing(clock: clock))
        let accounting = VismaAccountingSystem(client: visma)
        let warehouse = OngoingWarehouse(client: ongoing)
        let engine = Engine(store: workspace.store, configuration: configuration, accounting: accounting, warehouse: warehouse, clock: clock)
        return EngineHarness(engine: engine, store: workspace.store, configuration: configuration,
                             accounting: accounting, warehouse: warehouse, shutdown: { transport.shutdown() })
    }
}
