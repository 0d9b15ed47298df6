import APITransport
import Foundation
import Sandbox
import VismaEAccounting

/// A Visma sandbox running on a free loopback port, with a real HTTP transport and the
/// factories a client test needs: sign-in through the loopback receiver, sessions, clients.
struct VismaHarness: Sendable {
    let sandbox: VismaSandbox
    let port: Int
    let transport: AsyncHTTPClientTransport

    var apiURL: URL { URL(string: "http://127.0.0.1:\(port)/v2")! }
    var identityURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var configuration: VismaOAuthConfiguration {
        VismaOAuthConfiguration(identityURL: identityURL, clientID: VismaSandbox.defaultClientID, clientSecret: VismaSandbox.defaultClientSecret)
    }

    /// Starts a sandbox configured by `configure`, runs `body`, and stops everything.
    static func run(_ configure: (inout VismaSandbox.Options) -> Void = { _ in },
                    _ body: (VismaHarness) async throws -> Void) async throws {
        var options = VismaSandbox.Options()
        options.articleCount = 60
        options.orderCount = 30
        configure(&options)
        let sandbox = VismaSandbox(options: options)
        let server = sandbox.makeServer(port: 0)
        let port = try await server.start()
        let transport = AsyncHTTPClientTransport()
        do {
            try await body(VismaHarness(sandbox: sandbox, port: port, transport: transport))
        } catch {
            await server.stop()
            try await blocking { transport.shutdown() }
            throw error
        }
        await server.stop()
        try await blocking { transport.shutdown() }
    }

    /// Opens `url` like a browser that does not follow redirects; returns the answer.
    func get(_ url: URL) async throws -> HTTPResponse {
        let transport = self.transport
        return try await blocking { try transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(10)) }
    }

    /// Plays the browser: opens the authorisation URL and follows Visma's redirect to the
    /// loopback receiver. Returns the receiver's page.
    @discardableResult
    func consent(_ attempt: VismaSignInAttempt) async throws -> HTTPResponse {
        let authorize = try await get(attempt.authorizationURL)
        guard authorize.status == 302, let location = authorize.header("Location"), let target = URL(string: location) else {
            return authorize
        }
        return try await get(target)
    }

    /// A sign-in flow writing to `store`.
    func signIn(store: any VismaTokenStore, clock: any PacingClock = SystemPacingClock()) -> VismaSignIn {
        VismaSignIn(configuration: configuration, apiURL: apiURL, transport: transport, tokenStore: store, clock: clock)
    }

    /// Signs in through the real loopback receiver and returns the result.
    @discardableResult
    func signedIn(store: any VismaTokenStore) async throws -> VismaSignInResult {
        let attempt = try await signIn(store: store).start(redirectPort: 0)
        try await consent(attempt)
        return try await attempt.finish(timeout: .seconds(10))
    }

    /// A session over `store`.
    func session(store: any VismaTokenStore, transport: (any HTTPTransport)? = nil, clock: any PacingClock = SystemPacingClock()) -> VismaSession {
        VismaSession(identity: VismaIdentityClient(configuration: configuration, transport: transport ?? self.transport, clock: clock),
                     store: store, clock: clock)
    }

    /// A client for a freshly signed-in connection.
    func connectedClient(transport: (any HTTPTransport)? = nil, clock: any PacingClock = SystemPacingClock(),
                         pacer: RequestPacer? = nil) async throws -> (client: VismaClient, store: VismaMemoryTokenStore) {
        let store = VismaMemoryTokenStore()
        try await signedIn(store: store)
        let transport = transport ?? self.transport
        let client = VismaClient(apiURL: apiURL, session: session(store: store, transport: transport, clock: clock),
                                 transport: transport, pacer: pacer ?? VismaClient.makePacer(clock: clock))
        return (client, store)
    }
}
