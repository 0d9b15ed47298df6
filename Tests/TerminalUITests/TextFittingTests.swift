import Testing
import TerminalUI

struct TextFittingTests {
    @Test func truncateKeepsTextThatFits() {
        #expect(TextFitting.truncate("orders", toWidth: 6) == "orders")
    }

    @Test func truncateCutsWithEllipsisWithinWidth() {
        #expect(TextFitting.truncate("shipments", toWidth: 5) == "ship…")
        #expect(TextFitting.truncate("あいうえ", toWidth: 5) == "あい…")
        #expect(TextFitting.truncate("abc", toWidth: 0) == "")
    }

    @Test func wrapBreaksAtSpacesAndKeepsNewlines() {
        #expect(TextFitting.wrap("order 1042 was changed after picking started", toWidth: 16)
            == ["order 1042 was", "changed after", "picking started"])
        #expect(TextFitting.wrap("a\nb", toWidth: 5) == ["a", "b"])
    }

    @Test func wrapSplitsWordsLongerThanALine() {
        #expect(TextFitting.wrap("abcdefgh", toWidth: 3) == ["abc", "def", "gh"])
    }

    @Test func wrapGivesAWideCharacterItsOwnLineWhenTheLineIsOneColumn() {
        #expect(TextFitting.wrap("あい", toWidth: 1) == ["あ", "い"])
    }

    @Test func searchIgnoresCaseAndReportsCharacterOffsets() {
        #expect(TextSearch.ranges(of: "ERR", in: "12:00 error: Err") == [6..<9, 13..<16])
        #expect(TextSearch.ranges(of: "örd", in: "Påsk ÖRDER") == [5..<8])
        #expect(TextSearch.contains("", in: "anything"))
        #expect(!TextSearch.contains("x", in: "abc"))
    }
}
