import SyncEngine

/// Work the reducer asks the shell to do; results come back as ``DashboardEvent``s.
public enum DashboardEffect: Sendable {
    /// Restore the terminal, stop the engine and exit 0.
    case quit
    /// Switch a process on or off: config.toml and the running engine.
    case setProcess(ProcessName, enabled: Bool)
    /// Run a process now.
    case runNow(ProcessName)
    /// Take a parked item back.
    case retryParked(ProcessName, key: String)
    /// Drop a parked item.
    case skipParked(ProcessName, key: String)
    /// Re-read the parked items.
    case loadParked
    /// Read an order's history (its events are keyed by the Ongoing order number).
    case loadOrderHistory(vismaID: String, orderNumber: String)
    /// Put text on the clipboard with OSC 52.
    case copy(String)
    /// Load a theme by name or path and draw with it.
    case applyTheme(String)
    /// Write the fine-tuning settings to config.toml and apply them to the engine.
    case saveSettings(Configuration)
    /// Run a hosted screen's task.
    case runHostedTask(HostedTask)
    /// Re-read the home and start the engine if both sides are now connected.
    case reloadHome
}
