import Testing
import TerminalUI

struct BoxTests {
    @Test func drawsFrameWithTitleInTheTopEdge() {
        let text = renderText(width: 17, height: 4) { buffer in
            Box(title: "1 Processes").render(in: buffer.bounds, on: &buffer)
        }
        #expect(text == lines(
            "┌─ 1 Processes ─┐",
            "│               │",
            "│               │",
            "└───────────────┘"))
    }

    @Test func returnsTheInnerArea() {
        var buffer = ScreenBuffer(width: 10, height: 5)
        let inner = Box().render(in: Rect(x: 1, y: 1, width: 6, height: 4), on: &buffer)
        #expect(inner == Rect(x: 2, y: 2, width: 4, height: 2))
    }

    @Test func longTitleIsCutWithAnEllipsis() {
        let text = renderText(width: 12, height: 2) { buffer in
            Box(title: "Event log [follow]").render(in: buffer.bounds, on: &buffer)
        }
        #expect(text == lines("┌─ Event… ─┐", "└──────────┘"))
    }

    @Test func asciiGlyphsDrawAPlainFrame() {
        let text = renderText(width: 10, height: 3) { buffer in
            Box(title: "Log", glyphs: .ascii).render(in: buffer.bounds, on: &buffer)
        }
        #expect(text == lines("+- Log --+", "|        |", "+--------+"))
    }

    @Test func focusSwitchesBorderAndTitleRoles() {
        let plain = renderBuffer(width: 10, height: 3) { Box(title: "A").render(in: $0.bounds, on: &$0) }
        let focused = renderBuffer(width: 10, height: 3) { Box(title: "A", focused: true).render(in: $0.bounds, on: &$0) }
        #expect(plain[0, 0].role == .border)
        #expect(plain[3, 0].role == .title)
        #expect(focused[0, 0].role == .borderFocused)
        #expect(focused[3, 0].role == .titleFocused)
    }

    @Test func titleSpansKeepTheirOwnRoles() {
        let buffer = renderBuffer(width: 24, height: 3) {
            Box(titleSpans: [Span("Events ", role: .title), Span("[paused]", role: .processPending)]).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text.hasPrefix("┌─ Events [paused] ────┐"))
        #expect(buffer[10, 0].role == .processPending)
    }

    @Test func tooSmallAreaDrawsNothing() {
        let text = renderText(width: 4, height: 1) { buffer in
            #expect(Box(title: "X").render(in: buffer.bounds, on: &buffer).isEmpty)
        }
        #expect(text == "")
    }
}
