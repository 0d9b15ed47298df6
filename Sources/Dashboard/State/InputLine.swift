import TerminalUI

/// The bottom line while the admin types: an events filter or a `:` command.
public struct InputLine: Sendable, Hashable {
    /// What the typed text is for.
    public enum Purpose: Sendable, Hashable {
        /// Filters the Events pane as the admin types; Enter keeps the filter, Esc clears it.
        case filter
        /// A `:` command, run on Enter.
        case command
    }

    /// What the typed text is for.
    public var purpose: Purpose
    /// The text and cursor.
    public var text: TextInput

    /// Starts typing for `purpose`, beginning with `text`.
    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = TextInput(text, maxLength: 200)
    }

    /// The prompt shown before the text.
    public var prompt: String {
        switch purpose {
        case .filter: "/"
        case .command: ":"
        }
    }
}
