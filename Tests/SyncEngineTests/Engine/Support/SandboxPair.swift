import Foundation
import Sandbox
import Synchronization
import SyncEngine
import TestSupport

/// Both sandboxes served on loopback (port 0), and a temporary ovsync home connected to them
/// through the real sign-in and connection check (``EngineWorkspace``), ready to build engines.
///
/// This file needs the `Sandbox` module, which only the test targets depend on; it belongs in
/// `TestSupport` as soon as that target depends on `Sandbox` too (then move it unchanged).
///
/// ```swift
/// try await SandboxPair.with(visma: { $0.articleCount = 5 }) { pair in
///     let harness = try pair.makeHarness()
///     try await harness.runUntilQuiet()
///     #expect(pair.ongoing.articles().count == 5)
/// }
/// ```
public final class SandboxPair: Sendable {
    /// The Visma eAccounting emulator.
    public let visma: VismaSandbox
    /// The Ongoing WMS emulator.
    public let ongoing: OngoingSandbox
    /// The connected home.
    public let connected: EngineWorkspace
    /// The virtual clock of the whole world, when the pair was started with one.
    public let clock: EngineTestClock?
    private let servers: [SandboxServer]
    private let harnesses = Mutex<[EngineHarness]>([])

    private init(visma: VismaSandbox, ongoing: OngoingSandbox, connected: EngineWorkspace, clock: EngineTestClock?, servers: [SandboxServer]) {
        self.visma = visma
        self.ongoing = ongoing
        self.connected = connected
        self.clock = clock
        self.servers = servers
    }

    /// Small, quick defaults: 12 Visma articles (one of them a service), no seeded orders,
    /// 5 customers; Ongoing articles start with 100 items and nothing is short-picked.
    public static func defaultVismaOptions() -> VismaSandbox.Options {
        var options = VismaSandbox.Options()
        options.articleCount = 12
        options.orderCount = 0
        options.customerCount = 5
        return options
    }

    /// See ``defaultVismaOptions()``.
    public static func defaultOngoingOptions() -> OngoingSandboxOptions {
        var options = OngoingSandboxOptions()
        options.newArticleStock = 100...100
        options.shortPickRate = 0
        return options
    }

    /// Starts both sandboxes (options changed by `visma` and `ongoing` from the defaults),
    /// connects a new home to them, and applies `configure` to its `config.toml`. With `clock`,
    /// both sandboxes run on it too.
    public static func start(visma: (inout VismaSandbox.Options) -> Void = { _ in },
                             ongoing: (inout OngoingSandboxOptions) -> Void = { _ in },
                             clock: EngineTestClock? = nil,
                             configure: @Sendable (inout Configuration) -> Void = { _ in }) async throws -> SandboxPair {
        var vismaOptions = defaultVismaOptions()
        var ongoingOptions = defaultOngoingOptions()
        if let clock {
            vismaOptions.clock = clock.closure
            ongoingOptions.now = clock.closure
        }
        visma(&vismaOptions)
        ongoing(&ongoingOptions)
        let vismaSandbox = VismaSandbox(options: vismaOptions)
        let ongoingSandbox = OngoingSandbox(options: ongoingOptions)
        let vismaServer = vismaSandbox.makeServer(port: 0)
        let ongoingServer = ongoingSandbox.makeServer(port: 0)
        let vismaPort = try await vismaServer.start()
        let ongoingPort: Int
        do {
            ongoingPort = try await ongoingServer.start()
        } catch {
            await vismaServer.stop()
            throw error
        }
        let user = ongoingOptions.users[0]
        let endpoints = SandboxEndpoints(
            vismaAPI: URL(string: "http://127.0.0.1:\(vismaPort)/v2")!, vismaIdentity: URL(string: "http://127.0.0.1:\(vismaPort)")!,
            vismaClientID: vismaOptions.clientID, vismaClientSecret: vismaOptions.clientSecret,
            ongoingAPI: ongoingSandbox.apiURL(port: ongoingPort), ongoingUsername: user.username, ongoingPassword: user.password,
            goodsOwnerID: user.goodsOwnerId)
        do {
            let connected = try await EngineWorkspace.connect(to: endpoints, configure: configure)
            return SandboxPair(visma: vismaSandbox, ongoing: ongoingSandbox, connected: connected, clock: clock, servers: [vismaServer, ongoingServer])
        } catch {
            await vismaServer.stop()
            await ongoingServer.stop()
            throw error
        }
    }

    /// Starts a pair, runs `body` with it, and stops it again, also when `body` throws.
    public static func with<T>(visma: (inout VismaSandbox.Options) -> Void = { _ in },
                               ongoing: (inout OngoingSandboxOptions) -> Void = { _ in },
                               clock: EngineTestClock? = nil,
                               configure: @Sendable (inout Configuration) -> Void = { _ in },
                               _ body: (SandboxPair) async throws -> T) async throws -> T {
        let pair = try await start(visma: visma, ongoing: ongoing, clock: clock, configure: configure)
        do {
            let result = try await body(pair)
            await pair.stop()
            return result
        } catch {
            await pair.stop()
            throw error
        }
    }

    /// An engine over the connected home (on the pair's virtual clock when it has one); it is
    /// shut down by ``stop()``.
    public func makeHarness() throws -> EngineHarness {
        let harness = try connected.makeHarness(clock: clock)
        harnesses.withLock { $0.append(harness) }
        return harness
    }

    /// Shuts down the engines made by ``makeHarness()``, then stops both servers and the
    /// warehouse timer.
    public func stop() async {
        let made = harnesses.withLock { made in
            defer { made = [] }
            return made
        }
        _ = try? await EngineOffload.run { for harness in made { harness.shutdown() } }
        ongoing.stopActivity()
        visma.setActivityRate(perMinute: 0)
        for server in servers { await server.stop() }
    }
}
