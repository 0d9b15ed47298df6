import ArgumentParser
import Foundation
import Sandbox

/// `ovsync sandbox`: both emulators, standalone.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve the Visma and Ongoing emulators on loopback, for trying ovsync and for tests.",
        discussion: "Prints the URLs and credentials to connect with, then serves until Ctrl-C or SIGTERM."
    )

    @Option(help: "Port of the Visma sandbox (API under /v2 and identity under /connect).") var vismaPort = 18080
    @Option(help: "Port of the Ongoing sandbox.") var ongoingPort = 18081
    @Option(help: "Seed of the generated data and activity.") var seed: UInt64 = 1
    @Flag(help: "Simulate business activity in Visma and a working warehouse in Ongoing.") var activity = false

    func run() async throws {
        var vismaOptions = VismaSandbox.Options()
        vismaOptions.seed = seed
        if activity { vismaOptions.activityPerMinute = 6 }
        let visma = VismaSandbox(options: vismaOptions)
        var ongoingOptions = OngoingSandboxOptions()
        ongoingOptions.seed = seed
        ongoingOptions.activity = activity
        if activity { ongoingOptions.newArticleStock = 20...200 }
        let ongoing = OngoingSandbox(options: ongoingOptions)

        let vismaServer = visma.makeServer(port: vismaPort)
        let ongoingServer = ongoing.makeServer(port: ongoingPort)
        let boundVisma: Int
        let boundOngoing: Int
        do {
            boundVisma = try await vismaServer.start()
            boundOngoing = try await ongoingServer.start()
        } catch {
            throw CommandOutput.failure("cannot listen on 127.0.0.1:\(vismaPort) and :\(ongoingPort) (\(error)); choose free ports with --visma-port and --ongoing-port")
        }
        let user = OngoingSandboxUser.demo
        CommandOutput.say("""
        Visma sandbox    API       http://127.0.0.1:\(boundVisma)/v2
                         identity  http://127.0.0.1:\(boundVisma)
                         client id \(VismaSandbox.defaultClientID)   client secret \(VismaSandbox.defaultClientSecret)
                         company   \(vismaOptions.companyName)
        Ongoing sandbox  API       \(ongoing.apiURL(port: boundOngoing).absoluteString)
                         user      \(user.username)   password \(user.password)   goods owner \(user.goodsOwnerId)
                         directory \(ongoing.directoryURL(port: boundOngoing).absoluteString)  (customer IDs \(ongoingOptions.customerIDs.map(String.init).joined(separator: ", ")))
        Activity: \(activity ? "simulated business and warehouse" : "off (use --activity)"). Seed \(seed). Ctrl-C stops.

        Connect with:
          echo \(VismaSandbox.defaultClientSecret) | ovsync connect visma --api-url http://127.0.0.1:\(boundVisma)/v2 --identity-url http://127.0.0.1:\(boundVisma) --client-id \(VismaSandbox.defaultClientID) --client-secret-stdin --no-browser
          echo \(user.password) | ovsync connect ongoing --api-url \(ongoing.apiURL(port: boundOngoing).absoluteString) --username \(user.username) --password-stdin --goods-owner-id \(user.goodsOwnerId)
        """)
        await SignalWatch.wait(for: [SIGINT, SIGTERM])
        await vismaServer.stop()
        await ongoingServer.stop()
        ongoing.stopActivity()
    }
}
