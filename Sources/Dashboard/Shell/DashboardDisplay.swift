import Foundation
import TerminalUI

/// How the dashboard draws, from the command line and the environment.
public struct DashboardDisplay: Sendable {
    /// `--theme`: a theme name or path; nil for the default.
    public var theme: String?
    /// `--no-color` (`NO_COLOR` is honoured on its own).
    public var noColor: Bool
    /// `--ascii`: ASCII glyphs even in a UTF-8 locale.
    public var ascii: Bool
    /// The process environment (`NO_COLOR`, theme search folders).
    public var environment: [String: String]

    /// Creates display settings.
    public init(theme: String? = nil, noColor: Bool = false, ascii: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.theme = theme
        self.noColor = noColor
        self.ascii = ascii
        self.environment = environment
    }

    /// Where themes are looked for.
    public var locator: ThemeLocator { ThemeLocator(environment: environment) }

    /// Loads the requested theme once, before the terminal is taken over, so a bad `--theme`
    /// is reported on a normal terminal.
    public func checkTheme() throws(ThemeError) {
        _ = try locator.load(theme)
    }
}
