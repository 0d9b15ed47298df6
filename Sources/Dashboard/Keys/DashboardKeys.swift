import TerminalUI

/// The dashboard's one key registry: it dispatches keys, fills the hint bar and `?` help, and
/// generates the README key table.
public enum DashboardKeys {
    /// Every binding of the dashboard, in the order help and the README list them.
    public static let registry = KeyRegistry<DashboardAction>(bindings(hosted: WizardKeys.bindings))

    /// The order scopes appear in help and in the README.
    public static let scopeOrder: [KeyScope] = [
        .global, .always, .lists, .processes, .orders, .events, .overlay, .parked, .settings, .themes, .input, .firstRun,
    ]

    /// The dashboard's bindings followed by those of hosted screens (the setup wizard adds its own).
    public static func bindings(hosted: [KeyBinding<DashboardAction>]) -> [KeyBinding<DashboardAction>] {
        global + movement + panes + overlays + typing + firstRun + hosted
    }

    private static let global: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character("q")], label: "quit", description: "Quit (exit 0, terminal restored)", action: .quit),
        KeyBinding([.character("?")], label: "help", description: "Show every key", action: .help),
        KeyBinding([.tab, .character("l"), .right], label: "next pane", description: "Focus the next pane", action: .focusNext, showsInHints: false),
        KeyBinding([.backTab, .character("h"), .left], label: "previous pane", description: "Focus the previous pane", action: .focusPrevious, showsInHints: false),
        KeyBinding((1...4).map { .character(Character(String($0))) }, label: "pane", description: "Focus pane 1-4 (Processes, Orders, Stock, Events)",
                   action: .focusNumbered, keysLabel: "1-4"),
        KeyBinding([.character("f")], label: "freeze", description: "Freeze or unfreeze live updates", action: .freeze),
        KeyBinding([.character("y")], label: "copy", description: "Copy the selected line to the clipboard (OSC 52)", action: .copy, showsInHints: false),
        KeyBinding([.character("p")], label: "parked", description: "Parked items: retry or skip", action: .openParked),
        KeyBinding([.character("o")], label: "settings", description: "Settings: intervals, thresholds, stock figure, article fields, backorders", action: .openSettings),
        KeyBinding([.character("T")], label: "theme", description: "Pick a colour theme", action: .openThemes, showsInHints: false),
        KeyBinding([.character(":")], label: "command", description: "Command line: theme NAME, wizard, freeze, parked, settings, help, quit", action: .command, showsInHints: false),
        KeyBinding([.control("c")], label: "quit", description: "Quit, from anywhere", scope: .always, action: .quit, showsInHints: false),
    ]

    private static let movement: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character("k"), .up], label: "up", description: "Move up", scope: .lists, action: .up, showsInHints: false),
        KeyBinding([.character("j"), .down], label: "down", description: "Move down", scope: .lists, action: .down, showsInHints: false),
        KeyBinding([.character("g"), .home], label: "top", description: "Go to the top", scope: .lists, action: .top, showsInHints: false),
        KeyBinding([.character("G"), .end], label: "bottom", description: "Go to the bottom", scope: .lists, action: .bottom, showsInHints: false),
        KeyBinding([.control("u")], label: "half page up", description: "Half a page up", scope: .lists, action: .halfPageUp, showsInHints: false),
        KeyBinding([.control("d")], label: "half page down", description: "Half a page down", scope: .lists, action: .halfPageDown, showsInHints: false),
        KeyBinding([.pageUp], label: "page up", description: "A page up", scope: .lists, action: .pageUp, showsInHints: false),
        KeyBinding([.pageDown], label: "page down", description: "A page down", scope: .lists, action: .pageDown, showsInHints: false),
    ]

    private static let panes: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character(" ")], label: "on/off", description: "Switch the selected process on or off (saved in config.toml)", scope: .processes, action: .toggleProcess),
        KeyBinding([.character("r")], label: "run now", description: "Run the selected process now", scope: .processes, action: .runNow),
        KeyBinding([.enter], label: "details", description: "Open the selected order with its event history", scope: .orders, action: .openOrder),
        KeyBinding([.character("/")], label: "filter", description: "Filter the events (Enter keeps it, Esc clears it)", scope: .events, action: .filter),
        KeyBinding([.escape], label: "clear filter", description: "Clear the events filter", scope: .events, action: .clearFilter, showsInHints: false),
        KeyBinding([.character("a")], label: "follow", description: "Follow the newest events or pause", scope: .events, action: .toggleFollow),
        KeyBinding([.character("t")], label: "timestamps", description: "Show or hide timestamps", scope: .events, action: .toggleTimestamps, showsInHints: false),
    ]

    private static let overlays: [KeyBinding<DashboardAction>] = [
        KeyBinding([.escape, .character("q")], label: "close", description: "Close the overlay", scope: .overlay, action: .close),
        KeyBinding([.character("r")], label: "retry", description: "Retry the selected parked item", scope: .parked, action: .retry),
        KeyBinding([.character("x")], label: "skip", description: "Skip the selected parked item", scope: .parked, action: .skip),
        KeyBinding([.enter, .character(" ")], label: "edit", description: "Edit a number, switch an option or cycle a choice", scope: .settings, action: .edit),
        KeyBinding([.character("h"), .left], label: "less", description: "Lower the selected value", scope: .settings, action: .decrease),
        KeyBinding([.character("l"), .right], label: "more", description: "Raise the selected value", scope: .settings, action: .increase),
        KeyBinding([.character("s")], label: "save", description: "Save to config.toml and apply to the running engine", scope: .settings, action: .save),
        KeyBinding([.enter], label: "use", description: "Use the selected theme", scope: .themes, action: .applyTheme),
    ]

    private static let typing: [KeyBinding<DashboardAction>] = [
        KeyBinding([.enter], label: "accept", description: "Accept what was typed", scope: .input, action: .accept),
        KeyBinding([.escape], label: "cancel", description: "Cancel (a filter is cleared)", scope: .input, action: .cancel),
    ]

    private static let firstRun: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character("s")], label: "setup", description: "Start the setup wizard", scope: .firstRun, action: .setup),
        KeyBinding([.character("?")], label: "help", description: "Show every key", scope: .firstRun, action: .help),
        KeyBinding([.character(":")], label: "command", description: "Command line", scope: .firstRun, action: .command, showsInHints: false),
        KeyBinding([.character("q")], label: "quit", description: "Quit", scope: .firstRun, action: .quit),
    ]
}
