import Testing
import TerminalUI

struct OverlayTests {
    @Test func hintBarListsKeysAndLabelsInTheirRoles() {
        let buffer = renderBuffer(width: 30, height: 1) {
            HintBar(items: [HintItem(key: "Space", label: "toggle"), HintItem(key: "q", label: "quit")]).render(in: $0.bounds, on: &$0)
        }
        #expect(buffer.text == " Space toggle  q quit")
        #expect(buffer[1, 0].role == .hintKey)
        #expect(buffer[7, 0].role == .hintLabel)
    }

    @Test func hintBarLeavesOutEntriesThatDoNotFitWhole() {
        let text = renderText(width: 16, height: 1) {
            HintBar(items: [HintItem(key: "/", label: "filter"), HintItem(key: "Space", label: "toggle")]).render(in: $0.bounds, on: &$0)
        }
        #expect(text == " / filter")
    }

    @Test func helpOverlayListsSectionsInACentredBox() {
        let sections = [
            HelpSection(title: "Global", entries: [HelpEntry(keys: "q, Ctrl-C", description: "Quit"), HelpEntry(keys: "?", description: "Help")]),
            HelpSection(title: "Processes", entries: [HelpEntry(keys: "Space", description: "Toggle")]),
        ]
        let text = renderText(width: 30, height: 10) {
            HelpOverlay(sections: sections).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines(
            "",
            "   ┌─ Keys ──────────────┐",
            "   │ Global              │",
            "   │   q, Ctrl-C  Quit   │",
            "   │   ?          Help   │",
            "   │                     │",
            "   │ Processes           │",
            "   │   Space      Toggle │",
            "   └─────────────────────┘",
            ""))
    }

    @Test func helpOverlayFilterKeepsMatchingEntriesOnly() {
        let overlay = HelpOverlay(sections: [
            HelpSection(title: "Global", entries: [HelpEntry(keys: "q", description: "Quit"), HelpEntry(keys: "/", description: "Filter the pane")]),
            HelpSection(title: "Log", entries: [HelpEntry(keys: "s", description: "Follow on/off")]),
        ], filter: "FILTER")
        #expect(overlay.lines.count == 2)
        #expect(overlay.lines[1].map(\.text).joined().contains("Filter the pane"))
    }

    @Test func dialogCentresMessageAndButtonsWithFocusedRole() {
        var buffer = ScreenBuffer(width: 30, height: 8)
        let area = Dialog(title: "Quit?", message: "A sync is running.", buttons: ["Quit", "Stay"], focusedButton: 1)
            .render(in: buffer.bounds, on: &buffer)
        #expect(buffer.text == lines(
            "",
            "    ┌─ Quit? ────────────┐",
            "    │ A sync is running. │",
            "    │                    │",
            "    │ [ Quit ]  [ Stay ] │",
            "    └────────────────────┘",
            "",
            ""))
        #expect(area == Rect(x: 4, y: 1, width: 22, height: 5))
        #expect(buffer[6, 4].role == .button)
        #expect(buffer[16, 4].role == .buttonFocused)
        #expect(buffer[6, 3].role == .dialog)
    }

    @Test func dialogWrapsLongMessagesToItsMaximumWidth() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        let area = Dialog(title: "Note", message: "Order 1042 changed in Visma after the warehouse started picking it.", maxWidth: 30)
            .render(in: buffer.bounds, on: &buffer)
        #expect(area.width == 30)
        #expect(buffer.rows[area.y + 1].contains("│ Order 1042 changed in      │"))
        #expect(buffer.rows[area.y + 2].contains("│ Visma after the warehouse  │"))
        #expect(buffer.rows[area.y + 3].contains("│ started picking it.        │"))
    }

    @Test func tooSmallScreenNamesTheRequiredAndCurrentSize() {
        let text = renderText(width: 40, height: 5) {
            TooSmallScreen(required: Size(width: 60, height: 15)).render(on: &$0)
        }
        #expect(text == lines("", "    terminal too small (need 60×15)", "                now 40×5", "", ""))
    }

    @Test func tooSmallScreenUsesAnASCIITimesSign() {
        let text = renderText(width: 34, height: 2) {
            TooSmallScreen(required: Size(width: 60, height: 15), glyphs: .ascii).render(on: &$0)
        }
        #expect(text.contains("(need 60x15)"))
        #expect(text.contains("now 34x2"))
    }
}

struct HelpOverlayScrollingTests {
    @Test func offsetScrollsTheContentAndShowsMoreMarkers() {
        let entries = (1...9).map { HelpEntry(keys: "\($0)", description: "Pane \($0)") }
        let text = renderText(width: 20, height: 6) {
            HelpOverlay(sections: [HelpSection(title: "Panes", entries: entries)], offset: 3).render(in: $0.bounds, on: &$0)
        }
        #expect(text == lines(
            "",
            "  ┌─ Keys ───────┐",
            "  │   3  Pane 3▲ │",
            "  │   4  Pane 4▼ │",
            "  └──────────────┘",
            ""))
    }
}
