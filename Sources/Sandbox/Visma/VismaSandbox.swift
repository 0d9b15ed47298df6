import Foundation
import Hummingbird

/// The Visma eAccounting emulator: identity server (`/connect/…`) and API (`/v2/…`) on one
/// loopback port, with seeded company data, simulated business activity, Visma's rate limit
/// and injectable faults. Thread-safe; the inspection and mutation helpers are for tests,
/// the demo and `ovsync sandbox`.
///
/// ```swift
/// let sandbox = VismaSandbox(options: .init())
/// let server = sandbox.makeServer(port: 0)
/// let port = try await server.start()   // API: http://127.0.0.1:<port>/v2, identity: http://127.0.0.1:<port>
/// ```
public final class VismaSandbox: Sendable {
    /// The client id registered by default.
    public static let defaultClientID = "ovsync-sandbox"
    /// The client secret registered by default.
    public static let defaultClientSecret = "sandbox-secret"

    /// The options the sandbox was created with.
    public let options: Options
    /// The faults injected into `/v2` requests; change ``FaultInjector/plan`` at runtime.
    public let faults: FaultInjector
    let company: VismaCompany
    let identity: VismaIdentity
    private let limiter: VismaRateLimiter
    private let counter = VismaRequestCounter()
    private let activity: VismaActivityTimer

    /// Creates the sandbox and its seeded company.
    public init(options: Options = Options()) {
        self.options = options
        let now = options.clock ?? { Date() }
        faults = FaultInjector(plan: options.faults, seed: options.seed)
        company = VismaCompany(state: VismaSeeder.company(options, referenceDate: options.referenceDate ?? now()), now: now)
        identity = VismaIdentity(options: options, now: now)
        limiter = VismaRateLimiter(limit: options.rateLimitPerMinute, now: now)
        let company = company
        activity = VismaActivityTimer { company.performBusinessEvent() }
        activity.setRate(perMinute: options.activityPerMinute)
    }

    /// A server for the sandbox on `127.0.0.1:port` (0 picks a free port); `start()` it.
    public func makeServer(port: Int) -> SandboxServer {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: VismaRequestCounting(counter: counter))
        VismaIdentityRoutes(identity: identity).register(on: router)
        let limiter = limiter
        let api = router.group("v2").add(middleware: FaultMiddleware(injector: faults) {
            VismaErrorResponses.tooManyRequests(limit: limiter.limit, retryAfterSeconds: 30)
        })
        VismaAPIRoutes(company: company, identity: identity, limiter: limiter).register(on: api)
        return SandboxServer(name: "visma", router: router, port: port)
    }

    // MARK: Switches

    /// Whether the consent page answers "deny".
    public var denyConsent: Bool {
        get { identity.denyConsent }
        set { identity.denyConsent = newValue }
    }

    /// Whether Visma's stock module is active.
    public var stockModuleActive: Bool {
        get { company.state.withLock { $0.stockModuleActive } }
        set { company.state.withLock { $0.stockModuleActive = newValue } }
    }

    /// The lifetime of access tokens issued from now on, in seconds.
    public var accessTokenLifetime: TimeInterval {
        get { identity.accessTokenLifetime }
        set { identity.accessTokenLifetime = newValue }
    }

    /// Requests per minute per client and endpoint before 429.
    public var rateLimitPerMinute: Int {
        get { limiter.limit }
        set { limiter.limit = newValue }
    }

    /// Sets the simulated business's rate (events per minute; 0 stops it).
    public func setActivityRate(perMinute: Double) {
        activity.setRate(perMinute: perMinute)
    }

    /// Runs `count` simulated business events now (deterministic by seed); returns their kinds' names.
    @discardableResult
    public func simulateActivity(events count: Int) -> [String] {
        (0..<count).map { _ in company.performBusinessEvent().rawValue }
    }

    // MARK: Tokens

    /// Makes every issued access token expired.
    public func expireAccessTokens() { identity.expireAccessTokens() }

    /// Invalidates every access and refresh token (as a password change does).
    public func revokeAllTokens() { identity.revokeAll() }

    /// Ages outstanding authorisation codes by `seconds`.
    public func ageAuthorizationCodes(by seconds: TimeInterval) { identity.ageCodes(by: seconds) }

    // MARK: Requests

    /// Requests received so far by endpoint (`GET /v2/orders/{id}`, `POST /connect/token`, …).
    public var requestCounts: [String: Int] { counter.snapshot }

    /// Requests received so far for one endpoint.
    public func requestCount(_ endpoint: String) -> Int { counter.snapshot[endpoint] ?? 0 }
}
