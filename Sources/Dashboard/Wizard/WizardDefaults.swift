import Foundation
import SyncEngine
import VismaEAccounting

/// What the wizard starts from: the home's current settings, the Visma client from the
/// environment, whether a browser can be opened here, and the progress of an earlier run.
public struct WizardDefaults: Sendable {
    /// The settings in `config.toml`.
    public var configuration: Configuration
    /// `OVSYNC_VISMA_CLIENT_ID`, else `config.toml`'s client id.
    public var clientID: String
    /// `OVSYNC_VISMA_CLIENT_SECRET`; kept in memory only.
    public var clientSecret: String
    /// Whether `o` may open a browser: a display, and not over SSH.
    public var canOpenBrowser: Bool
    /// Answers saved by an earlier run.
    public var progress: WizardProgress?

    /// Reads the defaults from `configuration` and `environment`.
    public init(configuration: Configuration, environment: [String: String], progress: WizardProgress?) {
        self.configuration = configuration
        clientID = environment["OVSYNC_VISMA_CLIENT_ID"].flatMap { $0.isEmpty ? nil : $0 } ?? configuration.visma.clientID ?? ""
        clientSecret = environment["OVSYNC_VISMA_CLIENT_SECRET"] ?? ""
        canOpenBrowser = VismaBrowser.shouldOpen(environment: environment, disabled: false)
        self.progress = progress
    }
}
