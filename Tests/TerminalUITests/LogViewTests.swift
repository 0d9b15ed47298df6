import Testing
import TerminalUI

struct LogViewTests {
    private func log(_ count: Int) -> [[Span]] {
        (1...count).map { [Span("line \($0)", role: .logInfo)] }
    }

    @Test func followingShowsTheNewestLines() {
        let text = renderText(width: 10, height: 3) {
            LogView(lines: log(5)).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines("line 3   ▲", "line 4", "line 5"))
    }

    @Test func pausedViewKeepsItsWindowAsLinesArrive() {
        var state = LogViewState()
        state.scroll(by: -2, lineCount: 5, height: 3)
        #expect(!state.follow)
        let text = renderText(width: 10, height: 3) {
            LogView(lines: log(8), state: state).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines("line 1", "line 2", "line 3   ▼"))
        #expect(state.linesBelow(lineCount: 8, height: 3) == 5)
    }

    @Test func scrollingBackToTheBottomResumesFollowing() {
        var state = LogViewState()
        state.scroll(by: -1, lineCount: 10, height: 4)
        #expect(!state.follow)
        state.scroll(by: 5, lineCount: 10, height: 4)
        #expect(state.follow)
    }

    @Test func togglingFollowOffKeepsTheCurrentWindow() {
        var state = LogViewState()
        state.toggleFollow(lineCount: 10, height: 4)
        #expect(!state.follow)
        #expect(state.firstVisible(lineCount: 20, height: 4) == 6)
    }

    @Test func filterShowsOnlyMatchingLinesAndHighlightsMatches() {
        let lines: [[Span]] = [
            [Span("12:00 "), Span("INFO order 1041 posted", role: .logInfo)],
            [Span("12:01 "), Span("ERROR token expired", role: .logError)],
            [Span("12:02 "), Span("INFO 1042 Error retried", role: .logInfo)],
        ]
        let buffer = renderBuffer(width: 32, height: 3) {
            LogView(lines: lines, filter: "error").render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == "12:01 ERROR token expired\n12:02 INFO 1042 Error retried\n")
        #expect(roles(in: buffer, y: 0, x: 6, count: 5).allSatisfy { $0 == .filterMatch })
        #expect(buffer[11, 0].role == .logError)
        #expect(roles(in: buffer, y: 1, x: 16, count: 5).allSatisfy { $0 == .filterMatch })
        #expect(buffer[0, 1].role == .text)
    }

    @Test func highlightAccountsForWideCharacters() {
        let buffer = renderBuffer(width: 12, height: 1) {
            LogView(lines: [[Span("あい abc")]], filter: "b").render(in: $0.bounds, on: &$0)
        }
        #expect(buffer[6, 0].role == .filterMatch)
        #expect(buffer[5, 0].role == .text)
    }
}
