import ArgumentParser

/// `ovsync sandbox`: both emulators, standalone.
struct SandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve the Visma and Ongoing emulators on loopback, for trying ovsync and for tests."
    )

    @Option(help: "Port of the Visma sandbox (API and identity).") var vismaPort = 18080
    @Option(help: "Port of the Ongoing sandbox.") var ongoingPort = 18081
    @Option(help: "Seed of the generated data and activity.") var seed: UInt64 = 1
    @Flag(help: "Simulate business activity in Visma and a working warehouse in Ongoing.") var activity = false

    func run() throws {
        throw CommandOutput.notYetAvailable("ovsync sandbox", issue: 4)
    }
}
