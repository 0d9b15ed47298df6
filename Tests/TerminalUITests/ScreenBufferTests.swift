import Testing
import TerminalUI

struct ScreenBufferTests {
    @Test func drawsTextAndReportsColumnsUsed() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let used = buffer.draw("orders", x: 2, y: 0, role: .processOn)
        #expect(used == 6)
        #expect(buffer.text == "  orders")
        #expect(buffer[2, 0].role == .processOn)
        #expect(buffer[8, 0].role == .text)
    }

    @Test func clipsTextAtTheBufferAndClipRectangle() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        buffer.draw("0123456789", x: 3, y: 0, role: .text)
        buffer.draw("abcdef", x: 0, y: 1, role: .text, clip: Rect(x: 2, y: 1, width: 3, height: 1))
        buffer.draw("ignored", x: 0, y: 5, role: .text)
        #expect(buffer.rows == ["   01234", "  cde   "])
    }

    @Test func wideCharacterOccupiesACellAndAContinuation() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.draw("aあb", x: 0, y: 0, role: .text)
        #expect(buffer[1, 0].character == "あ")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].character == "b")
        #expect(buffer.rows == ["aあb  "])
    }

    @Test func wideCharacterThatWouldCrossTheEdgeBecomesASpace() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.draw("abあ", x: 0, y: 0, role: .text)
        #expect(buffer.rows == ["ab "])
        #expect(!buffer[2, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.draw("あい", x: 0, y: 0, role: .text)
        buffer.put("x", x: 1, y: 0, role: .text)
        buffer.put("y", x: 2, y: 0, role: .text)
        #expect(buffer.rows == [" xy "])
        #expect((0..<4).allSatisfy { !buffer[$0, 0].isContinuation })
    }

    @Test func controlCharactersInTextTakeNoSpace() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.draw("a\u{1B}[2Jb\nc", x: 0, y: 0, role: .text)
        #expect(buffer.text == "a[2Jbc")
    }

    @Test func fillAndRestyleAreClipped() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.fill(Rect(x: 2, y: 1, width: 9, height: 9), with: "#", role: .dialog)
        buffer.restyle(Rect(x: -1, y: 0, width: 2, height: 1), role: .selection)
        #expect(buffer.rows == ["    ", "  ##"])
        #expect(buffer[0, 0].role == .selection)
        #expect(buffer[1, 0].role == .text)
        #expect(buffer[3, 1].role == .dialog)
    }

    @Test func textTrimsTrailingSpacesButRowsKeepFullWidth() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.draw("ab", x: 0, y: 0, role: .text)
        #expect(buffer.text == "ab\n")
        #expect(buffer.rows == ["ab   ", "     "])
    }

    @Test func spansDrawSideBySideInTheirRoles() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.draw([Span("● ", role: .processOn), Span("on", role: .text)], x: 0, y: 0)
        #expect(buffer.text == "● on")
        #expect(roles(in: buffer, y: 0, x: 0, count: 4) == [.processOn, .processOn, .text, .text])
    }
}
