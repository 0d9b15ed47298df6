import Testing
import TerminalUI

struct FieldTests {
    @Test func textFieldShowsValueAndCursorCell() {
        let buffer = renderBuffer(width: 10, height: 1) {
            TextField(input: TextInput("demo"), focused: true).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == "demo")
        #expect(buffer[0, 0].role == .inputFocused)
        #expect(buffer[4, 0].role == .inputCursor)
        #expect(buffer[9, 0].role == .inputFocused)
    }

    @Test func unfocusedFieldHasNoCursorAndInvalidWins() {
        let plain = renderBuffer(width: 6, height: 1) { TextField(input: TextInput("ab")).render(in: $0.bounds, on: &$0) }
        let invalid = renderBuffer(width: 6, height: 1) {
            TextField(input: TextInput("ab"), focused: true, invalid: true).render(in: $0.bounds, on: &$0)
        }
        #expect(!roles(in: plain, y: 0, x: 0, count: 6).contains(.inputCursor))
        #expect(plain[0, 0].role == .input)
        #expect(invalid[0, 0].role == .inputInvalid)
    }

    @Test func longValueScrollsToKeepTheCursorVisible() {
        var input = TextInput("https://api.ongoingsystems.se/demo")
        let atEnd = renderText(width: 8, height: 1) { TextField(input: input, focused: true).render(in: $0.bounds, on: &$0) }
        #expect(atEnd == "se/demo")
        _ = input.handle(.home)
        let atStart = renderText(width: 8, height: 1) { TextField(input: input, focused: true).render(in: $0.bounds, on: &$0) }
        #expect(atStart == "https://")
    }

    @Test func placeholderShowsWhileEmpty() {
        let buffer = renderBuffer(width: 12, height: 1) {
            TextField(input: TextInput(), focused: true, placeholder: "goods owner").render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == "goods owner")
        #expect(buffer[1, 0].role == .textMuted)
        #expect(buffer[0, 0].role == .inputCursor)
    }

    @Test func maskedFieldShowsOneMaskPerCharacterAndNeverTheValue() {
        let secret = "pässwörd"
        var input = TextInput()
        for character in secret { _ = input.handle(.character(character)) }
        _ = input.handle(.backspace)
        for glyphs in [GlyphSet.unicode, .ascii] {
            let buffer = renderBuffer(width: 12, height: 1) {
                MaskedField(input: input, focused: true, glyphs: glyphs).render(in: $0.bounds, on: &$0)
            }
            #expect(buffer.text == String(repeating: glyphs.mask, count: 7))
            for character in secret where character != glyphs.mask {
                #expect(!buffer.text.contains(character))
            }
        }
        #expect(input.value == "pässwör")
    }

    @Test func maskedFieldUsesBulletInUnicodeAndAsteriskInASCII() {
        #expect(GlyphSet.unicode.mask == "•")
        #expect(GlyphSet.ascii.mask == "*")
    }
}
