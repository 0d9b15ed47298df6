import Foundation
import SyncEngine

/// `wizard-progress.json` beside `config.toml`: the wizard's answers between runs, mode 0600,
/// never a secret in it. Removed on activation.
public struct WizardProgressFile: Sendable {
    /// The file.
    public let url: URL

    /// The progress file of `home`.
    public init(home: OvsyncHome) {
        url = home.configDirectory.appendingPathComponent("wizard-progress.json")
    }

    /// The saved progress; nil when there is none or it cannot be read (a fresh start then).
    public func load() -> WizardProgress? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(WizardProgress.self, from: data)
    }

    /// Replaces the saved progress atomically.
    public func save(_ progress: WizardProgress) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(progress), to: url, mode: 0o600)
    }

    /// Removes the saved progress, if any.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
