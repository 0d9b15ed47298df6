import ArgumentParser

/// `ovsync setup`: the interactive setup wizard, hosted by the dashboard shell.
struct SetupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Connect a warehouse and a Visma company step by step in the terminal.",
        discussion: """
        Four steps: the Ongoing warehouse (checked live), the Visma sign-in (the address is shown to \
        open or copy; the redirected address can be pasted when the browser runs elsewhere, so it \
        works over SSH), fine-tuning, then activation, which writes config.toml and the secrets \
        store and lands on the dashboard. Answers except secrets survive leaving the wizard.
        """
    )

    @OptionGroup var home: HomeOptions
    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let settings = try display.checked()
        let lock = try home.lock()
        let workspace = try home.openWorkspace()
        try DashboardLogging.start(in: workspace.home)
        let status = await DashboardLaunch.run(workspace: workspace, display: settings, wizard: true)
        withExtendedLifetime(lock) {}
        if status != 0 { throw ExitCode(status) }
    }
}
