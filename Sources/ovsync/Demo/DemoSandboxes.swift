import Foundation
import Sandbox

/// Both sandboxes on free loopback ports, busy enough that orders, shipments and stock changes
/// show up within seconds.
struct DemoSandboxes {
    let visma: VismaSandbox
    let ongoing: OngoingSandbox
    let vismaPort: Int
    let ongoingPort: Int
    private let servers: [SandboxServer]

    /// Starts both servers with simulated business (about 20 events a minute) and a warehouse
    /// that moves every second and stocks new articles so their orders can be picked.
    static func start(seed: UInt64) async throws -> DemoSandboxes {
        var vismaOptions = VismaSandbox.Options()
        vismaOptions.seed = seed
        vismaOptions.articleCount = 60
        vismaOptions.orderCount = 25
        vismaOptions.activityPerMinute = 20
        let visma = VismaSandbox(options: vismaOptions)
        var ongoingOptions = OngoingSandboxOptions()
        ongoingOptions.seed = seed
        ongoingOptions.activity = true
        ongoingOptions.tickInterval = .seconds(1)
        ongoingOptions.newArticleStock = 20...200
        let ongoing = OngoingSandbox(options: ongoingOptions)
        let vismaServer = visma.makeServer(port: 0)
        let ongoingServer = ongoing.makeServer(port: 0)
        let vismaPort = try await vismaServer.start()
        let ongoingPort: Int
        do {
            ongoingPort = try await ongoingServer.start()
        } catch {
            await vismaServer.stop()
            ongoing.stopActivity()
            throw error
        }
        return DemoSandboxes(visma: visma, ongoing: ongoing, vismaPort: vismaPort, ongoingPort: ongoingPort, servers: [vismaServer, ongoingServer])
    }

    /// The Visma API base.
    var vismaAPIURL: URL { URL(string: "http://127.0.0.1:\(vismaPort)/v2")! }
    /// The Visma identity server.
    var vismaIdentityURL: URL { URL(string: "http://127.0.0.1:\(vismaPort)")! }
    /// The Ongoing API base.
    var ongoingAPIURL: URL { ongoing.apiURL(port: ongoingPort) }

    /// Stops the servers and the simulated warehouse.
    func stop() async {
        ongoing.stopActivity()
        visma.setActivityRate(perMinute: 0)
        for server in servers { await server.stop() }
    }
}
