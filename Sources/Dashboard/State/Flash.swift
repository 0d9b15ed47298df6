import Foundation

/// A short message on the bottom line (a result, a refusal, an error) that disappears by itself.
public struct Flash: Sendable, Hashable {
    /// How the message reads.
    public enum Tone: Sendable, Hashable {
        case info
        case warning
    }

    /// The message.
    public var text: String
    /// Info or warning.
    public var tone: Tone
    /// When it disappears.
    public var until: Date

    /// A message shown for `seconds` from `now`.
    public init(_ text: String, tone: Tone = .info, now: Date, seconds: TimeInterval = 5) {
        self.text = text
        self.tone = tone
        until = now.addingTimeInterval(seconds)
    }
}
