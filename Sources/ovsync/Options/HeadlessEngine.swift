import Foundation
import SyncEngine

/// What `run` and `sync` share: the home's lock, logs on stderr, the workspace, both systems
/// and an engine over them.
struct HeadlessEngine {
    let lock: InstanceLock
    let workspace: Workspace
    let systems: ConnectedSystems
    let engine: Engine

    /// Opens the home behind `home`; failures exit 1 with their message.
    init(home: HomeOptions) throws {
        lock = try home.lock()
        LogDestination.standardError.bootstrap()
        workspace = try home.openWorkspace()
        do {
            systems = try ConnectedSystems(workspace: workspace)
        } catch {
            throw CommandOutput.failure(error)
        }
        engine = Engine(store: workspace.store, configuration: workspace.configuration,
                        accounting: systems.accounting, warehouse: systems.warehouse)
    }

    /// Closes the HTTP connections; the lock is released when this value goes away.
    func close() {
        systems.shutdown()
    }
}
