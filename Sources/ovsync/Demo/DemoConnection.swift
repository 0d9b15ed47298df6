import APITransport
import Foundation
import OngoingWMS
import Sandbox
import SyncEngine
import VismaEAccounting

/// Connects a demo home to the sandboxes the way `ovsync connect` would, with no one at a browser:
/// Ongoing is checked and saved; the Visma sign-in runs through its real loopback receiver, with
/// this code playing the browser that follows the sandbox's consent redirect.
enum DemoConnection {
    static func connect(_ workspace: Workspace, to sandboxes: DemoSandboxes) async throws {
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }
        let user = OngoingSandboxUser.demo
        let ongoing = OngoingClient(
            configuration: OngoingConfiguration(apiURL: sandboxes.ongoingAPIURL, credentials: OngoingCredentials(username: user.username, password: user.password),
                                                goodsOwnerId: user.goodsOwnerId),
            transport: transport)
        let statuses = try await offThePool { try ongoing.checkConnection() }
        try workspace.saveOngoingConnection(apiURL: sandboxes.ongoingAPIURL, username: user.username, password: user.password,
                                            goodsOwnerID: user.goodsOwnerId,
                                            statuses: statuses.map { WarehouseStatus(number: $0.number, text: $0.text ?? "") })

        let oauth = VismaOAuthConfiguration(identityURL: sandboxes.vismaIdentityURL, clientID: VismaSandbox.defaultClientID,
                                            clientSecret: VismaSandbox.defaultClientSecret)
        let signIn = VismaSignIn(configuration: oauth, apiURL: sandboxes.vismaAPIURL, transport: transport, tokenStore: VismaMemoryTokenStore())
        let attempt = try await signIn.start(redirectPort: 0)
        let authorizationURL = attempt.authorizationURL
        try await offThePool {
            let consent = try transport.send(HTTPRequest(method: "GET", url: authorizationURL), timeout: .seconds(10))
            guard consent.status == 302, let location = consent.header("Location"), let redirect = URL(string: location) else {
                throw DemoError("the Visma sandbox did not redirect after consent (HTTP \(consent.status))")
            }
            _ = try transport.send(HTTPRequest(method: "GET", url: redirect), timeout: .seconds(10))
        }
        let result = try await attempt.finish(timeout: .seconds(20))
        try workspace.saveVismaConnection(apiURL: sandboxes.vismaAPIURL, identityURL: sandboxes.vismaIdentityURL,
                                          clientID: VismaSandbox.defaultClientID, clientSecret: VismaSandbox.defaultClientSecret,
                                          redirectPort: VismaSettings().redirectPort, result: result)
    }

    /// Runs blocking HTTP on a Dispatch worker so the Swift concurrency pool stays free.
    private static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// A demo step failed, in words for the person who started it.
struct DemoError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
