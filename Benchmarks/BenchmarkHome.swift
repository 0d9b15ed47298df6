import APITransport
import Foundation
import OngoingWMS
import SyncEngine
import VismaEAccounting

/// A temporary ovsync home connected to the sandbox child: Ongoing verified and stored,
/// Visma signed in through the sandbox's identity server.
struct BenchmarkHome {
    let workspace: Workspace
    let directory: URL

    /// Creates the home and connects both sides; `configure` adjusts the settings first.
    static func connect(vismaPort: Int, ongoingURL: URL, configure: (inout Configuration) -> Void = { _ in }) async throws -> BenchmarkHome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ovsync-bench-\(UUID().uuidString)")
        let workspace = try Workspace(home: OvsyncHome(directory: directory))
        try workspace.updateConfiguration(configure)
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }

        let user = (name: "WSIdemo", password: "demo-password", goodsOwner: 159)
        let ongoing = OngoingClient(configuration: OngoingConfiguration(apiURL: ongoingURL, credentials: OngoingCredentials(username: user.name, password: user.password),
                                                                        goodsOwnerId: user.goodsOwner), transport: transport)
        let statuses = try ongoing.checkConnection().map { WarehouseStatus(number: $0.number, text: $0.text ?? "") }
        try workspace.saveOngoingConnection(apiURL: ongoingURL, username: user.name, password: user.password, goodsOwnerID: user.goodsOwner, statuses: statuses)

        let apiURL = URL(string: "http://127.0.0.1:\(vismaPort)/v2")!
        let identityURL = URL(string: "http://127.0.0.1:\(vismaPort)")!
        let client = (id: "ovsync-sandbox", secret: "sandbox-secret")
        let signIn = VismaSignIn(configuration: VismaOAuthConfiguration(identityURL: identityURL, clientID: client.id, clientSecret: client.secret),
                                 apiURL: apiURL, transport: transport, tokenStore: VismaMemoryTokenStore())
        let result = try await signIn.start(redirectPort: 0).consentAutomatically(transport: transport)
        try workspace.saveVismaConnection(apiURL: apiURL, identityURL: identityURL, clientID: client.id, clientSecret: client.secret,
                                          redirectPort: 53682, result: result)
        return BenchmarkHome(workspace: workspace, directory: directory)
    }

    /// The stored Visma access token, for the minimal client.
    var accessToken: String {
        get throws { try workspace.secrets.secrets().vismaAccessToken ?? "" }
    }

    /// Removes the home.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
