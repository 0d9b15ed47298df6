import Foundation

/// One opened home: its settings, secrets store and state store, as every command needs them.
public final class Workspace: Sendable {
    /// The folders.
    public let home: OvsyncHome
    /// The secrets store.
    public let secrets: SecretsStore
    /// The state database.
    public let store: any StateStore
    /// Warnings about `config.toml` (unknown keys), to show once.
    public let configurationWarnings: [String]
    private let loadedConfiguration: Configuration

    /// Opens `home`, creating its folders and database as needed; throws ``ConfigurationError``
    /// for a broken `config.toml`.
    public init(home: OvsyncHome) throws {
        try home.create()
        self.home = home
        let loaded = try ConfigurationFile.load(from: home.configFile)
        loadedConfiguration = loaded.configuration
        configurationWarnings = loaded.warnings
        secrets = SecretsStore(file: home.secretsFile)
        store = try SQLiteStateStore(file: home.stateDatabase)
    }

    /// The settings as loaded when the workspace was opened.
    public var configuration: Configuration { loadedConfiguration }

    /// Re-reads `config.toml` (after a command or the wizard changed it).
    public func reloadConfiguration() throws -> Configuration {
        try ConfigurationFile.load(from: home.configFile).configuration
    }

    /// Changes `config.toml` atomically: reads the current file, applies `change`, writes it.
    @discardableResult
    public func updateConfiguration(_ change: (inout Configuration) -> Void) throws -> Configuration {
        var configuration = try reloadConfiguration()
        change(&configuration)
        try ConfigurationFile.save(configuration, to: home.configFile)
        return configuration
    }

    /// Records in `config.toml` whether `process` is switched on (a running engine is told separately).
    public func setConfigured(_ process: ProcessName, enabled: Bool) throws {
        try updateConfiguration { configuration in
            var schedule = configuration.schedule(of: process)
            schedule.enabled = enabled
            configuration.setSchedule(schedule, of: process)
        }
    }

    /// Switches `process` on or off persistently: in `config.toml` and in the state store, where
    /// a running engine picks it up.
    public func setProcess(_ process: ProcessName, enabled: Bool, connection: ConnectionID = .primary) throws {
        try setConfigured(process, enabled: enabled)
        try store.write { state in
            var record = try state.processState(connection, process) ?? ProcessStateRecord(connectionID: connection, process: process)
            record.enabled = enabled
            if !enabled { record.state = .disabled } else if record.state == .disabled { record.state = .idle }
            try state.save(record)
            try state.append(EventRecord(connectionID: connection, entity: .process, key: process.rawValue, at: Date(),
                                         message: enabled ? "switched on" : "switched off"))
        }
    }
}
