/// A one-row field for secrets: shows one mask character (`•`, `*` in ASCII) per character, never the value.
public struct MaskedField: Sendable {
    /// The value and cursor.
    public var input: TextInput
    /// Whether the field has focus.
    public var focused: Bool
    /// Whether validation failed.
    public var invalid: Bool
    /// Muted text shown while the value is empty.
    public var placeholder: String?
    /// Supplies the mask character.
    public var glyphs: GlyphSet

    /// Creates a masked field.
    public init(input: TextInput, focused: Bool = false, invalid: Bool = false, placeholder: String? = nil, glyphs: GlyphSet = .unicode) {
        self.input = input
        self.focused = focused
        self.invalid = invalid
        self.placeholder = placeholder
        self.glyphs = glyphs
    }

    /// Draws the mask into the first row of `rect`.
    public func render(in rect: Rect, on buffer: inout ScreenBuffer) {
        FieldRendering.render(
            shown: Array(repeating: glyphs.mask, count: input.characters.count), cursor: input.cursor,
            placeholder: placeholder, focused: focused, invalid: invalid, in: rect, on: &buffer)
    }
}
