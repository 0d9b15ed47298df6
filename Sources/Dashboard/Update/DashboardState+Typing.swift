import TerminalUI

extension DashboardState {
    /// Handles a key while the bottom line takes text: Enter and Esc finish, everything else edits.
    mutating func type(_ key: KeyEvent, action: DashboardAction?) -> [DashboardEffect] {
        guard var line = input else { return [] }
        switch action {
        case .accept:
            input = nil
            if line.purpose == .command { return run(command: line.text.value) }
        case .cancel:
            input = nil
            if line.purpose == .filter { setEventsFilter("") }
        default:
            guard line.text.handle(key) else { return [] }
            input = line
            if line.purpose == .filter { setEventsFilter(line.text.value) }
        }
        return []
    }

    /// Runs a `:` command.
    mutating func run(command text: String) -> [DashboardEffect] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case "theme" where !argument.isEmpty:
            return [.applyTheme(argument)]
        case "theme", "themes":
            overlay = .themes(ThemePicker(names: availableThemes, current: themeName))
        case "wizard", "setup":
            openWizard()
        case "q", "quit":
            return [.quit]
        case "freeze":
            toggleFreeze()
        case "parked":
            overlay = .parked(ListState())
            return [.loadParked]
        case "settings":
            overlay = .settings(SettingsForm(configuration))
        case "help":
            overlay = .help(offset: 0)
        default:
            say("unknown command :\(verb) (try theme NAME, wizard, freeze, parked, settings, help, quit)", tone: .warning)
        }
        return []
    }
}
