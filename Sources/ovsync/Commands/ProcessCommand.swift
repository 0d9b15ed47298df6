import ArgumentParser
import SyncEngine

extension ProcessName: ExpressibleByArgument {}

/// `ovsync process enable|disable NAME`.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Switch a process on or off, persistently.",
        discussion: "A running engine (ovsync run or the dashboard) picks the change up at once.",
        subcommands: [Enable.self, Disable.self]
    )

    /// `ovsync process enable NAME`.
    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Switch a process on.")
        @OptionGroup var home: HomeOptions
        @Argument(help: "articles, orders, shipments or stock") var name: ProcessName

        func run() throws {
            try home.openWorkspace().setProcess(name, enabled: true)
            print("\(name.rawValue): on")
        }
    }

    /// `ovsync process disable NAME`.
    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Switch a process off.")
        @OptionGroup var home: HomeOptions
        @Argument(help: "articles, orders, shipments or stock") var name: ProcessName

        func run() throws {
            try home.openWorkspace().setProcess(name, enabled: false)
            print("\(name.rawValue): off")
        }
    }
}
