import Foundation

/// An API user of the Ongoing sandbox; like a real one, it belongs to exactly one goods owner.
public struct OngoingSandboxUser: Sendable, Equatable {
    /// The user name (real ones start with `WSI`).
    public var username: String
    /// The password.
    public var password: String
    /// The goods owner the user acts for.
    public var goodsOwnerId: Int
    /// The goods owner's name, echoed in `goodsOwner.name`.
    public var goodsOwnerName: String

    /// Creates a user.
    public init(username: String, password: String, goodsOwnerId: Int, goodsOwnerName: String) {
        self.username = username
        self.password = password
        self.goodsOwnerId = goodsOwnerId
        self.goodsOwnerName = goodsOwnerName
    }

    /// The default user: `WSIdemo` / `demo-password`, goods owner 159.
    public static let demo = OngoingSandboxUser(username: "WSIdemo", password: "demo-password", goodsOwnerId: 159, goodsOwnerName: "Demo goods owner")
    /// A second user for a second goods owner: `WSIother` / `other-password`, goods owner 160.
    public static let other = OngoingSandboxUser(username: "WSIother", password: "other-password", goodsOwnerId: 160, goodsOwnerName: "Other goods owner")
}

/// How an ``OngoingSandbox`` behaves.
public struct OngoingSandboxOptions: Sendable {
    /// Seeds the warehouse's choices and the fault injector.
    public var seed: UInt64 = 1
    /// The system name in `/{system}/api/v1/`.
    public var systemName = "demo"
    /// The API users accepted.
    public var users: [OngoingSandboxUser] = [.demo, .other]
    /// Numeric customer IDs that the directory (`GET /directory/customers/{id}`) resolves to this system.
    public var customerIDs: [Int] = [1001]
    /// Whether the simulated warehouse runs on its timer once a server is made.
    public var activity = false
    /// The interval between two warehouse ticks.
    public var tickInterval: Duration = .seconds(2)
    /// Share of picked lines that are short-picked (0…1).
    public var shortPickRate = 0.1
    /// Stock a newly created article starts with (random within the range).
    public var newArticleStock: ClosedRange<Int> = 0...0
    /// Whether status texts are Swedish ("Hämtad" for 500) instead of English.
    public var localisedStatuses = false
    /// Whether answers start with a UTF-8 byte order mark.
    public var byteOrderMark = false
    /// Latency and failures to inject.
    public var faultPlan = FaultPlan()
    /// The `Retry-After` seconds of an injected 429; nil sends none.
    public var throttleRetryAfterSeconds: Int? = 1
    /// The sandbox's clock.
    public var now: @Sendable () -> Date = { Date() }

    /// Default options: system `demo`, users ``OngoingSandboxUser/demo`` and ``OngoingSandboxUser/other``, no activity.
    public init() {}
}
