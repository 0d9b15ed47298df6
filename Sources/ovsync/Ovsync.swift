import ArgumentParser

/// The `ovsync` command: keeps Visma eAccounting and Ongoing WMS in step.
@main
struct Ovsync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ovsync",
        abstract: "Keeps Visma eAccounting (eEkonomi, ePasseli) and Ongoing WMS in step.",
        discussion: """
        Four processes, each switchable: articles and orders go from Visma to the warehouse; \
        shipments (delivered quantities, "shipped") and stock balances come back to Visma.
        Run without a subcommand to open the dashboard with the engine embedded.
        """,
        subcommands: [
            DashboardCommand.self, DemoCommand.self, SetupCommand.self, RunCommand.self, StatusCommand.self,
            ProcessCommand.self, SyncCommand.self, ConnectCommand.self, SandboxCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
