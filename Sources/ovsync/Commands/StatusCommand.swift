import ArgumentParser
import SyncEngine

/// `ovsync status [--json]`: processes, queues, parked items, last errors.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show both connections, the processes, the order queue and parked items.",
        discussion: "Reads the state database, so it works while `ovsync run` or the dashboard is running."
    )

    @OptionGroup var home: HomeOptions

    @Flag(help: "Print one JSON object in the documented shape (DESIGN.md §4).")
    var json = false

    func run() throws {
        let workspace = try home.openWorkspace()
        let report = try StatusReport.read(from: workspace.store, configuration: workspace.configuration)
        print(json ? report.json() : report.text())
    }
}
