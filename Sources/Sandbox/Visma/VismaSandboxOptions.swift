import Foundation

extension VismaSandbox {
    /// How the Visma sandbox is set up. Every field has a working default.
    public struct Options: Sendable {
        /// Seed of the data and the simulated activity: the same seed gives the same company.
        public var seed: UInt64 = 1
        /// Articles to create (benchmarks use 10,000).
        public var articleCount = 200
        /// Orders to create (benchmarks use 5,000).
        public var orderCount = 100
        /// Customers to create.
        public var customerCount = 40
        /// The company's name in the company settings.
        public var companyName = "Åkerlund & Mäkinen Handel AB (sandbox)"
        /// Whether Visma's stock module is active (then `StockBalance` is read-only).
        public var stockModuleActive = false
        /// The registered client id.
        public var clientID = VismaSandbox.defaultClientID
        /// The registered client secret.
        public var clientSecret = VismaSandbox.defaultClientSecret
        /// Redirect URIs registered besides `http://127.0.0.1:<any port>/callback`, which is always accepted.
        public var redirectURIs: [String] = []
        /// Lifetime of issued access tokens, in seconds (Visma: 3600).
        public var accessTokenLifetime: TimeInterval = 3600
        /// Whether refresh tokens are one-time (rotating), as for older Visma clients.
        public var rotateRefreshTokens = true
        /// Whether the consent page answers "deny" (`error=access_denied`).
        public var denyConsent = false
        /// Requests per minute per client and endpoint before 429 (Visma: 600).
        public var rateLimitPerMinute = 600
        /// Simulated business events per minute (0: none).
        public var activityPerMinute: Double = 0
        /// Latency and failures injected into `/v2` requests.
        public var faults = FaultPlan()
        /// The time seeded timestamps are relative to (nil: when the sandbox is created).
        public var referenceDate: Date?
        /// The sandbox's clock (tests may move it; nil: the system clock).
        public var clock: (@Sendable () -> Date)?

        /// The defaults.
        public init() {}
    }
}
