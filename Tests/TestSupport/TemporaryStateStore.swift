import Foundation
import SyncEngine

/// A fresh, migrated `state.sqlite` in a temporary folder that lives as long as this value.
public final class TemporaryStateStore: Sendable {
    /// The folder holding the database; removed on deinit.
    public let directory: TemporaryDirectory
    /// The store.
    public let store: SQLiteStateStore

    /// Creates and migrates an empty database.
    public init() throws {
        directory = try TemporaryDirectory(prefix: "ovsync-state")
        store = try SQLiteStateStore(file: directory.file("state.sqlite"))
    }

    /// The database file.
    public var file: URL { directory.file("state.sqlite") }
}
