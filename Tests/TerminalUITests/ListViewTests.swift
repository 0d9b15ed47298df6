import Testing
import TerminalUI

struct ListViewTests {
    private func rows(_ count: Int) -> [[Span]] {
        (0..<count).map { [Span("item \($0)")] }
    }

    @Test func marksAndHighlightsTheSelectedRow() {
        let buffer = renderBuffer(width: 10, height: 3) {
            ListView(rows: rows(3), state: ListState(selected: 1)).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == lines("  item 0", "▶ item 1", "  item 2"))
        #expect(roles(in: buffer, y: 1, x: 0, count: 10).allSatisfy { $0 == .selection })
        #expect(buffer[2, 0].role == .text)
    }

    @Test func unfocusedListUsesTheInactiveSelectionRole() {
        let buffer = renderBuffer(width: 8, height: 2) {
            ListView(rows: rows(2), state: ListState(selected: 0), focused: false).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer[3, 0].role == .selectionInactive)
    }

    @Test func scrollsToShowTheSelectionAndShowsMoreMarkers() {
        let text = renderText(width: 10, height: 3) {
            ListView(rows: rows(10), state: ListState(selected: 5)).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines("  item 3 ▲", "  item 4", "▶ item 5 ▼"))
    }

    @Test func storedOffsetIsKeptWhileTheSelectionStaysVisible() {
        var state = ListState(selected: 5, offset: 3)
        state.move(by: -1, count: 10)
        state.keepSelectionVisible(count: 10, height: 3)
        #expect(state.offset == 3)
        state.move(by: -2, count: 10)
        state.keepSelectionVisible(count: 10, height: 3)
        #expect(state.offset == 2)
    }

    @Test func movementClampsToTheItems() {
        var state = ListState()
        state.move(by: -3, count: 4)
        #expect(state.selected == 0)
        state.move(by: 99, count: 4)
        #expect(state.selected == 3)
        state.selectLast(count: 0)
        #expect(state.selected == 0)
    }

    @Test func shrinkingTheListClampsSelectionAndOffset() {
        var state = ListState(selected: 8, offset: 6)
        state.clamp(count: 3)
        #expect(state.selected == 2)
        #expect(state.visibleOffset(count: 3, height: 5) == 0)
    }

    @Test func hiddenSelectionAndMarkerForReadOnlyLists() {
        let buffer = renderBuffer(width: 8, height: 1) {
            ListView(rows: rows(1), showsMarker: false, showsSelection: false).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == "item 0")
        #expect(buffer[0, 0].role == .text)
    }
}
