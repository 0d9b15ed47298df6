import ArgumentParser

/// `ovsync run`: the engine without the dashboard.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the sync engine headless (servers, systemd); logs go to stderr.",
        discussion: "SIGTERM or SIGINT finish the current step and exit 0."
    )

    @OptionGroup var home: HomeOptions

    func run() throws {
        throw CommandOutput.notYetAvailable("The headless engine", issue: 5)
    }
}
