import Foundation
import SyncEngine

/// A throw-away home for `ovsync demo` in the temporary folder, removed when the demo ends.
struct DemoHome {
    /// Where the demo's config, secrets, state and logs live.
    let home: OvsyncHome

    /// Creates a fresh folder and, when `OVSYNC_DEMO_HOME_FILE` names a file, writes the folder's
    /// path there so scripts and tests can point `ovsync status --home` at the running demo.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ovsync-demo-\(UUID().uuidString.prefix(8))")
        home = OvsyncHome(directory: folder)
        try home.create()
        if let file = environment["OVSYNC_DEMO_HOME_FILE"], !file.isEmpty {
            try Data((folder.path + "\n").utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        }
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: home.stateDirectory)
    }
}
