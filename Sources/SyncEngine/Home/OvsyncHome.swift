import Foundation

/// Where ovsync keeps its files: `config.toml` and the secrets store in the config folder,
/// `state.sqlite`, the lock and the logs in the state folder.
///
/// Resolution order: `--home DIR` (both folders are DIR), else `OVSYNC_HOME`, else XDG
/// (`$XDG_CONFIG_HOME/ovsync`, default `~/.config/ovsync`, and `$XDG_STATE_HOME/ovsync`,
/// default `~/.local/state/ovsync`).
public struct OvsyncHome: Sendable, Equatable {
    /// Holds `config.toml` and `secrets.json`.
    public let configDirectory: URL
    /// Holds `state.sqlite`, `ovsync.lock` and `logs/`.
    public let stateDirectory: URL

    /// Creates a home from explicit folders.
    public init(configDirectory: URL, stateDirectory: URL) {
        self.configDirectory = configDirectory.standardizedFileURL
        self.stateDirectory = stateDirectory.standardizedFileURL
    }

    /// A home whose config and state share one folder.
    public init(directory: URL) {
        self.init(configDirectory: directory, stateDirectory: directory)
    }

    /// Resolves the home from an explicit `--home` value and the environment.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> OvsyncHome {
        if let explicit, !explicit.isEmpty { return OvsyncHome(directory: URL(fileURLWithPath: expandTilde(explicit, environment))) }
        if let home = environment["OVSYNC_HOME"], !home.isEmpty { return OvsyncHome(directory: URL(fileURLWithPath: expandTilde(home, environment))) }
        let userHome = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configBase = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? userHome + "/.config"
        let stateBase = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? userHome + "/.local/state"
        return OvsyncHome(
            configDirectory: URL(fileURLWithPath: configBase).appendingPathComponent("ovsync"),
            stateDirectory: URL(fileURLWithPath: stateBase).appendingPathComponent("ovsync")
        )
    }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }

    /// The settings file.
    public var configFile: URL { configDirectory.appendingPathComponent("config.toml") }
    /// The secrets store (passwords, client secrets, tokens), mode 0600.
    public var secretsFile: URL { configDirectory.appendingPathComponent("secrets.json") }
    /// The SQLite state database.
    public var stateDatabase: URL { stateDirectory.appendingPathComponent("state.sqlite") }
    /// The single-instance lock file.
    public var lockFile: URL { stateDirectory.appendingPathComponent("ovsync.lock") }
    /// Rotating log files written while the dashboard owns the terminal.
    public var logsDirectory: URL { stateDirectory.appendingPathComponent("logs") }

    /// How the home is named in messages: the one folder, or the state folder for XDG homes.
    public var displayPath: String { stateDirectory.path }

    /// Creates the folders (mode 0700) if they do not exist, and tightens their mode if they do.
    public func create() throws {
        for directory in Set([configDirectory, stateDirectory, logsDirectory]) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
        }
    }
}
