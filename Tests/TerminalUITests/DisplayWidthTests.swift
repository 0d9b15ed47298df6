import Testing
import TerminalUI

struct DisplayWidthTests {
    @Test func asciiLatinAndSymbolsAreOneColumn() {
        for character: Character in ["a", "é", "å", "✓", "●", "─"] {
            #expect(DisplayWidth.of(character) == 1, "\(character)")
        }
    }

    @Test func eastAsianAndEmojiAreTwoColumns() {
        for character: Character in ["あ", "漢", "한", "🙂", "Ａ"] {
            #expect(DisplayWidth.of(character) == 2, "\(character)")
        }
    }

    @Test func combiningMarksAndControlsTakeNoColumns() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Character("e\u{0301}")) == 1)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\n")) == 0)
    }

    @Test func stringWidthSumsCharacters() {
        #expect(DisplayWidth.of("ab あ 🙂") == 8)
    }
}
