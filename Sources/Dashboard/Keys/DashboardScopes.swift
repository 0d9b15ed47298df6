import TerminalUI

extension KeyScope {
    /// Ctrl-C: quits from anywhere, even while typing.
    public static let always = KeyScope("always", title: "Anywhere")
    /// Movement shared by every list, pane and scrolling overlay.
    public static let lists = KeyScope("lists", title: "Lists and panes")
    /// The Processes pane.
    public static let processes = KeyScope("processes", title: "Processes pane")
    /// The Orders pane.
    public static let orders = KeyScope("orders", title: "Orders pane")
    /// The Events pane.
    public static let events = KeyScope("events", title: "Events pane")
    /// Every overlay.
    public static let overlay = KeyScope("overlay", title: "Overlays")
    /// The parked items overlay.
    public static let parked = KeyScope("parked", title: "Parked items")
    /// The settings overlay.
    public static let settings = KeyScope("settings", title: "Settings")
    /// The theme picker.
    public static let themes = KeyScope("themes", title: "Theme picker")
    /// The `/` filter and `:` command lines and settings being typed.
    public static let input = KeyScope("input", title: "Typing")
    /// The screen shown when nothing is configured.
    public static let firstRun = KeyScope("first-run", title: "First run")
}
