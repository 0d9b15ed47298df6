import ArgumentParser
import Foundation
import SyncEngine

/// The global `--home` option every command that touches a home accepts.
struct HomeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder holding config.toml, the secrets store, state.sqlite and logs.",
        discussion: "Defaults to $OVSYNC_HOME, else $XDG_CONFIG_HOME/ovsync and $XDG_STATE_HOME/ovsync.",
        valueName: "dir"))
    var home: String?

    /// The resolved home.
    var resolved: OvsyncHome { OvsyncHome.resolve(explicit: home) }

    /// Opens the workspace, printing config warnings to stderr; a broken config exits 1 with its message.
    func openWorkspace() throws -> Workspace {
        do {
            let workspace = try Workspace(home: resolved)
            for warning in workspace.configurationWarnings { CommandOutput.warn(warning) }
            return workspace
        } catch {
            throw CommandOutput.failure(error)
        }
    }

    /// Takes the single-instance lock of the home; a held lock exits 1 naming the holder.
    func lock() throws -> InstanceLock {
        do {
            return try InstanceLock(home: resolved)
        } catch {
            throw CommandOutput.failure(error)
        }
    }
}
