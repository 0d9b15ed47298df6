import ArgumentParser
import Foundation
import Logging
import SyncEngine

/// `ovsync demo`: dashboard plus embedded sandboxes with live simulated activity.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show ovsync working against built-in sandboxes of both services; no accounts needed.",
        discussion: """
        Starts both sandboxes with simulated business and warehouse activity in a temporary home, \
        connects to them and opens the dashboard; the home is removed on exit. Set \
        OVSYNC_DEMO_HOME_FILE to a file name to have the home's path written there \
        (for ovsync status --home while the demo runs).
        """
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Seed of the simulated data and activity.")
    var seed: UInt64 = 1

    func run() async throws {
        let settings = try display.checked()
        let demoHome: DemoHome
        do {
            demoHome = try DemoHome()
        } catch {
            throw CommandOutput.failure("cannot create the demo home: \(error)")
        }
        defer { demoHome.remove() }
        let lock = try InstanceLock(home: demoHome.home)
        try DashboardLogging.start(in: demoHome.home)
        Logger(label: "ovsync.demo").info("demo home: \(demoHome.home.displayPath)")
        CommandOutput.say("Starting the Visma and Ongoing sandboxes and connecting to them…")
        let sandboxes: DemoSandboxes
        do {
            sandboxes = try await DemoSandboxes.start(seed: seed)
        } catch {
            throw CommandOutput.failure("cannot start the sandboxes: \(error)")
        }
        let status: Int32
        do {
            let workspace = try Workspace(home: demoHome.home)
            try await DemoConnection.connect(workspace, to: sandboxes)
            try DemoSchedule.apply(to: workspace)
            status = await DashboardLaunch.run(workspace: workspace, display: settings)
        } catch {
            await sandboxes.stop()
            throw CommandOutput.failure("the demo could not start: \(error)")
        }
        await sandboxes.stop()
        withExtendedLifetime(lock) {}
        if status != 0 { throw ExitCode(status) }
    }
}
