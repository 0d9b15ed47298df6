import ArgumentParser

/// `ovsync` (default): the dashboard with the engine embedded.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the terminal dashboard with the sync engine embedded (the default).",
        discussion: "If nothing is configured yet it offers the setup wizard and the demo."
    )

    @OptionGroup var home: HomeOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        throw CommandOutput.notYetAvailable("The dashboard", issue: 6)
    }
}

/// How the dashboard draws: theme, colour and glyphs.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme: a name from Themes/ or a path to a theme file.", valueName: "name-or-path"))
    var theme: String?

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "ASCII glyphs only (the default outside UTF-8 locales).")
    var ascii = false
}
