import ArgumentParser

/// `ovsync demo`: dashboard plus embedded sandboxes with live simulated activity.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show ovsync working against built-in sandboxes of both services; no accounts needed.",
        discussion: "Starts both sandboxes with simulated business and warehouse activity in a temporary home."
    )

    @OptionGroup var display: DisplayOptions

    @Option(help: "Seed of the simulated data and activity.")
    var seed: UInt64 = 1

    func run() throws {
        throw CommandOutput.notYetAvailable("The demo", issue: 6)
    }
}
