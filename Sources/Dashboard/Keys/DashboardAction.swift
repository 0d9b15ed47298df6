/// What a key asks the dashboard to do; the reducer interprets it for the screen, pane or overlay in front.
public enum DashboardAction: Sendable, Hashable {
    /// Leave the dashboard (exit 0, terminal restored).
    case quit
    /// Open the key help.
    case help
    /// Open the `:` command line.
    case command
    /// Freeze or unfreeze live updates.
    case freeze
    /// Focus the next pane.
    case focusNext
    /// Focus the previous pane.
    case focusPrevious
    /// Focus the pane whose number was typed.
    case focusNumbered
    /// Move the selection or scroll up one line.
    case up
    /// Move the selection or scroll down one line.
    case down
    /// Jump to the first line.
    case top
    /// Jump to the last line.
    case bottom
    /// Move half a page up.
    case halfPageUp
    /// Move half a page down.
    case halfPageDown
    /// Move a page up.
    case pageUp
    /// Move a page down.
    case pageDown
    /// Copy the selected line to the clipboard (OSC 52).
    case copy
    /// Open the parked items.
    case openParked
    /// Open the settings.
    case openSettings
    /// Open the theme picker.
    case openThemes
    /// Switch the selected process on or off.
    case toggleProcess
    /// Run the selected process now.
    case runNow
    /// Open the selected order's details.
    case openOrder
    /// Start typing an events filter.
    case filter
    /// Clear the events filter.
    case clearFilter
    /// Follow the newest events or pause.
    case toggleFollow
    /// Show or hide event timestamps.
    case toggleTimestamps
    /// Close the overlay in front.
    case close
    /// Retry the selected parked item.
    case retry
    /// Skip the selected parked item.
    case skip
    /// Edit, toggle or cycle the selected setting.
    case edit
    /// Lower the selected setting.
    case decrease
    /// Raise the selected setting.
    case increase
    /// Save the settings to config.toml and apply them.
    case save
    /// Use the selected theme.
    case applyTheme
    /// Accept what was typed.
    case accept
    /// Drop what was typed.
    case cancel
    /// Open the setup wizard.
    case setup
    /// An action of a hosted screen (the setup wizard), routed to it by name.
    case hosted(String)
}
