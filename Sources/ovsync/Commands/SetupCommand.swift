import ArgumentParser

/// `ovsync setup`: the interactive setup wizard.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Connect a warehouse and a Visma company step by step in the terminal.",
        discussion: "Works over SSH without a browser on the machine."
    )

    @OptionGroup var home: HomeOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw CommandOutput.notYetAvailable("The setup wizard", issue: 7)
    }
}
