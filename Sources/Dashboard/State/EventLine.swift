import Foundation
import SyncEngine

/// One line of the Events pane, formatted once when it arrives so frames only copy text.
public struct EventLine: Sendable, Hashable {
    /// The record's time as `HH:MM:SS` in the dashboard's time zone.
    public var time: String
    /// How much it matters.
    public var level: EventLevel
    /// `entity key: message`, the searchable text.
    public var text: String

    /// Formats `record` for the pane.
    public init(_ record: EventRecord, timeZone: TimeZone) {
        time = DisplayFormat.clock(record.at, timeZone: timeZone)
        level = record.level
        text = "\(record.entity.rawValue) \(record.key): \(record.message)"
    }

    /// The level as a fixed-width tag.
    public var levelTag: String {
        switch level {
        case .debug: "DEBUG"
        case .info: "INFO "
        case .warning: "WARN "
        case .error: "ERROR"
        }
    }

    /// What the filter searches: level and text, as drawn side by side.
    public var searchText: String { "\(levelTag) \(text)" }

    /// The whole line as copied: time, level and text.
    public var plainText: String { "\(time) \(searchText)" }
}
