import ArgumentParser
import Dashboard
import Foundation
import SyncEngine

/// `ovsync` (default): the dashboard with the engine embedded.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the terminal dashboard with the sync engine embedded (the default).",
        discussion: "If nothing is configured yet it offers the setup wizard and the demo. Logs go to the home's logs/ folder."
    )

    @OptionGroup var home: HomeOptions
    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let settings = try display.checked()
        let lock = try home.lock()
        let workspace = try home.openWorkspace()
        try DashboardLogging.start(in: workspace.home)
        let status = await DashboardLaunch.run(workspace: workspace, display: settings)
        withExtendedLifetime(lock) {}
        if status != 0 { throw ExitCode(status) }
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

    /// The display settings, with the theme loaded once so a bad `--theme` exits 1 before the screen is taken over.
    func checked() throws -> DashboardDisplay {
        let display = DashboardDisplay(theme: theme, noColor: noColor, ascii: ascii)
        do {
            try display.checkTheme()
        } catch {
            throw CommandOutput.failure(error)
        }
        return display
    }
}

/// Starts the dashboard on the main actor and waits for it to end; `wizard` opens the setup wizard at once.
enum DashboardLaunch {
    @MainActor
    static func run(workspace: Workspace, display: DashboardDisplay, wizard: Bool = false) async -> Int32 {
        await DashboardShell(workspace: workspace, display: display,
                             makeWizard: SetupWizard.factory(workspace: workspace, environment: display.environment),
                             opensWizard: wizard).run()
    }
}

/// Sends every log line to the home's rotating file: the terminal belongs to the dashboard.
enum DashboardLogging {
    static func start(in home: OvsyncHome) throws {
        do {
            LogDestination.file(try RotatingFileLog(directory: home.logsDirectory)).bootstrap()
        } catch {
            throw CommandOutput.failure("cannot open the log in \(home.logsDirectory.path): \(error)")
        }
    }
}
