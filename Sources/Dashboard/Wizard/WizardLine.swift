import TerminalUI

/// One row of a wizard step: styled text, optionally a text field, and the items it shows
/// (so the view can scroll the focused one into sight).
struct WizardLine: Sendable {
    /// The text, drawn from ``indent``.
    var spans: [Span]
    /// Columns before the text; 0 for the sign-in address, which must own the whole row.
    var indent: Int
    /// A text field drawn at ``fieldX``, if any.
    var field: WizardField?
    /// The column of the field, relative to the step's area.
    var fieldX: Int
    /// How wide the field is drawn.
    var fieldWidth: Int
    /// The items on this row.
    var items: [WizardItem]

    /// A row of text.
    init(_ spans: [Span] = [], indent: Int = 2, items: [WizardItem] = [], field: WizardField? = nil, fieldX: Int = 0, fieldWidth: Int = 0) {
        self.spans = spans
        self.indent = indent
        self.items = items
        self.field = field
        self.fieldX = fieldX
        self.fieldWidth = fieldWidth
    }
}
