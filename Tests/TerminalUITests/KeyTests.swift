import Testing
import TerminalUI

struct KeyEventTests {
    @Test func controlCodesMapToNamedKeys() {
        #expect(KeyEvent(scalar: "\t") == .tab)
        #expect(KeyEvent(scalar: "\r") == .enter)
        #expect(KeyEvent(scalar: "\n") == .enter)
        #expect(KeyEvent(scalar: "\u{1B}") == .escape)
        #expect(KeyEvent(scalar: "\u{7F}") == .backspace)
        #expect(KeyEvent(scalar: "\u{08}") == .backspace)
    }

    @Test func ctrlLettersMapToControlKeys() {
        #expect(KeyEvent(scalar: "\u{03}") == .control("c"))
        #expect(KeyEvent(scalar: "\u{1A}") == .control("z"))
        #expect(KeyEvent(scalar: "\u{15}") == .control("u"))
    }

    @Test func printableScalarsAreCharactersAndOtherControlsAreDropped() {
        #expect(KeyEvent(scalar: "ö") == .character("ö"))
        #expect(KeyEvent(scalar: " ") == .character(" "))
        #expect(KeyEvent(scalar: "\u{1C}") == nil)
        #expect(KeyEvent(scalar: "\u{85}") == nil)
    }

    @Test func labelsReadNaturallyAndFallBackToASCII() {
        #expect(KeyEvent.character(" ").label() == "Space")
        #expect(KeyEvent.control("c").label() == "Ctrl-C")
        #expect(KeyEvent.backTab.label() == "Shift-Tab")
        #expect(KeyEvent.function(5).label() == "F5")
        #expect(KeyEvent.up.label() == "↑")
        #expect(KeyEvent.up.label(glyphs: .ascii) == "Up")
        #expect(KeyEvent.pageDown.label() == "PgDn")
    }
}

struct KeyRegistryTests {
    private enum Action: Sendable, Equatable {
        case quit, help, toggle, runNow, down, filter, logFilter
    }

    private static let processes = KeyScope("processes")
    private static let log = KeyScope("log", title: "Event log")

    private let registry = KeyRegistry<Action>([
        KeyBinding([.character("q"), .control("c")], label: "quit", description: "Quit ovsync", action: .quit),
        KeyBinding([.character("?")], label: "help", description: "Show every key", action: .help),
        KeyBinding([.character("/")], label: "filter", description: "Filter the focused pane", action: .filter),
        KeyBinding([.down, .character("j")], label: "down", description: "Move down", action: .down, showsInHints: false),
        KeyBinding([.character(" ")], label: "toggle", description: "Switch the selected process on or off", scope: processes, action: .toggle),
        KeyBinding([.character("r")], label: "run now", description: "Run the selected process now", scope: processes, action: .runNow),
        KeyBinding([.character("/")], label: "filter log", description: "Filter log lines | regex-free", scope: log, action: .logFilter),
    ])

    @Test func dispatchFindsTheActionInTheMostSpecificScope() {
        #expect(registry.action(for: .character(" "), in: [Self.processes, .global]) == .toggle)
        #expect(registry.action(for: .control("c"), in: [Self.processes, .global]) == .quit)
        #expect(registry.action(for: .character("/"), in: [Self.log, .global]) == .logFilter)
        #expect(registry.action(for: .character("/"), in: [Self.processes, .global]) == .filter)
    }

    @Test func keysOutsideTheActiveScopesDoNothing() {
        #expect(registry.action(for: .character(" "), in: [.global]) == nil)
        #expect(registry.action(for: .character("x"), in: [Self.processes, .global]) == nil)
        #expect(registry.action(for: .character("q"), in: [Self.log]) == nil)
    }

    @Test func hintsListSpecificScopeFirstAndSkipShadowedAndHiddenBindings() {
        let hints = registry.hints(for: [Self.log, .global])
        #expect(hints == [
            HintItem(key: "/", label: "filter log"),
            HintItem(key: "q", label: "quit"),
            HintItem(key: "?", label: "help"),
        ])
    }

    @Test func helpSectionsGroupEveryBindingByScopeInTheGivenOrder() {
        let sections = registry.helpSections(scopeOrder: [Self.processes])
        #expect(sections.map(\.title) == ["Processes", "Global", "Event log"])
        #expect(sections[1].entries.first == HelpEntry(keys: "q, Ctrl-C", description: "Quit ovsync"))
        #expect(sections[1].entries.contains(HelpEntry(keys: "↓, j", description: "Move down")))
    }

    @Test func markdownTableHasOneRowPerBindingWithEscapedCells() {
        let table = registry.markdownTable()
        let rows = table.split(separator: "\n")
        #expect(rows.count == 2 + 7)
        #expect(rows[0] == "| Keys | Action | Scope |")
        #expect(rows[2] == "| `q`, `Ctrl-C` | Quit ovsync | global |")
        #expect(rows.contains("| `Space` | Switch the selected process on or off | processes |"))
        #expect(rows.contains("| `/` | Filter log lines \\| regex-free | log |"))
    }

    @Test func keysLabelOverridesTheListedKeys() {
        let registry = KeyRegistry<Int>([
            KeyBinding((1...4).map { .character(Character("\($0)")) }, label: "pane", description: "Jump to pane", action: 0, keysLabel: "1–4"),
        ])
        #expect(registry.hints(for: [.global]) == [HintItem(key: "1–4", label: "pane")])
        #expect(registry.markdownTable().contains("| `1–4` | Jump to pane | global |"))
        #expect(registry.action(for: .character("3"), in: [.global]) == 0)
    }

    @Test func conflictsReportKeysBoundTwiceInOneScope() {
        #expect(registry.conflicts.isEmpty)
        let clashing = KeyRegistry<Int>([
            KeyBinding([.character("r")], label: "retry", description: "Retry", action: 1),
            KeyBinding([.character("r")], label: "refresh", description: "Refresh", action: 2),
        ])
        #expect(clashing.conflicts.count == 1)
        #expect(clashing.conflicts.first?.key == .character("r"))
        #expect(clashing.action(for: .character("r"), in: [.global]) == 1)
    }
}
