import Foundation
import Logging

/// Where ovsync's log goes: stderr for headless commands, a rotating file in the home while
/// the dashboard owns the terminal.
public enum LogDestination: Sendable {
    case standardError
    case file(RotatingFileLog)

    /// Routes every swift-log logger to this destination. Call once, at start-up.
    public func bootstrap(level: Logger.Level = .info) {
        switch self {
        case .standardError:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .file(let log):
            LoggingSystem.bootstrap { label in
                var handler = FileLogHandler(label: label, log: log)
                handler.logLevel = level
                return handler
            }
        }
    }
}
