/// A one-row editable text field showing its value, scrolled to keep the cursor in view.
public struct TextField: Sendable {
    /// The value and cursor.
    public var input: TextInput
    /// Whether the field has focus (focused role and a visible cursor).
    public var focused: Bool
    /// Whether validation failed (invalid role).
    public var invalid: Bool
    /// Muted text shown while the value is empty.
    public var placeholder: String?

    /// Creates a field.
    public init(input: TextInput, focused: Bool = false, invalid: Bool = false, placeholder: String? = nil) {
        self.input = input
        self.focused = focused
        self.invalid = invalid
        self.placeholder = placeholder
    }

    /// Draws the field into the first row of `rect`.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        FieldRendering.render(
            shown: input.characters, cursor: input.cursor, placeholder: placeholder, focused: focused,
            invalid: invalid, in: rect, on: &buffer)
    }
}
