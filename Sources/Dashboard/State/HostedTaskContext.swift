import SyncEngine

/// What a hosted screen's task may use: the opened home.
public struct HostedTaskContext: Sendable {
    /// The home the dashboard runs on (config, secrets and state store).
    public var workspace: Workspace

    /// Creates a context over `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }
}
