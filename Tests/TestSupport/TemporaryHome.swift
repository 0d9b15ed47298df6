import Foundation
import SyncEngine

/// An ovsync home in a fresh temporary folder (config and state in one folder, as `--home`
/// gives), removed when the last reference goes away.
public final class TemporaryHome: Sendable {
    /// The folder that holds everything; removed on deinit.
    public let directory: TemporaryDirectory
    /// The home, as `--home <directory>` resolves it.
    public let home: OvsyncHome

    /// Creates an empty home; `create()` has not run yet, so the folder holds nothing.
    public init(prefix: String = "ovsync-home") throws {
        directory = try TemporaryDirectory(prefix: prefix)
        home = OvsyncHome(directory: directory.url)
    }

    /// The home folder's path, as passed to `--home` or `OVSYNC_HOME`.
    public var path: String { directory.path }

    /// Writes `text` to the home's `config.toml` and returns its URL.
    @discardableResult
    public func writeConfiguration(_ text: String) throws -> URL {
        try FileManager.default.createDirectory(at: home.configDirectory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: home.configFile)
        return home.configFile
    }

    /// The home's `config.toml` as text (throws when it does not exist).
    public func configurationText() throws -> String {
        try String(contentsOf: home.configFile, encoding: .utf8)
    }

    /// Opens the home as every command does (folders, config, secrets, state store).
    public func openWorkspace() throws -> Workspace {
        try Workspace(home: home)
    }
}
