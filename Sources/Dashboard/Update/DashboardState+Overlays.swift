import TerminalUI

extension DashboardState {
    /// Lines a page key moves inside an overlay.
    static let overlayPage = 10

    /// Performs an action on the overlay in front.
    mutating func performInOverlay(_ action: DashboardAction) -> [DashboardEffect] {
        guard let overlay else { return [] }
        if action == .close {
            self.overlay = nil
            return []
        }
        if let delta = movement(of: action) {
            self.overlay = moved(overlay, by: delta)
            return []
        }
        switch overlay {
        case .help, .order:
            return []
        case .parked(let list):
            guard parked.indices.contains(list.selected), action == .retry || action == .skip else { return [] }
            let item = parked[list.selected]
            say("\(item.process.rawValue) \(item.key): \(action == .retry ? "retry requested" : "skipped")")
            return [action == .retry ? .retryParked(item.process, key: item.key) : .skipParked(item.process, key: item.key)]
        case .settings(var form):
            switch action {
            case .edit: form.edit()
            case .decrease: form.step(-1)
            case .increase: form.step(1)
            case .save:
                guard form.hasChanges else {
                    self.overlay = nil
                    say("settings unchanged")
                    return []
                }
                return [.saveSettings(form.values)]
            default: break
            }
            self.overlay = .settings(form)
            return []
        case .themes(let picker):
            guard action == .applyTheme, let name = picker.selectedName else { return [] }
            self.overlay = nil
            return [.applyTheme(name)]
        }
    }

    private func movement(of action: DashboardAction) -> Int? {
        switch action {
        case .up: -1
        case .down: 1
        case .top: -Int.max / 2
        case .bottom: Int.max / 2
        case .halfPageUp: -Self.overlayPage / 2
        case .halfPageDown: Self.overlayPage / 2
        case .pageUp: -Self.overlayPage
        case .pageDown: Self.overlayPage
        default: nil
        }
    }

    private func moved(_ overlay: Overlay, by delta: Int) -> Overlay {
        func clamped(_ value: Int, _ count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
        switch overlay {
        case .help(let offset):
            let lines = HelpOverlay(sections: DashboardKeys.registry.helpSections(scopeOrder: DashboardKeys.scopeOrder, glyphs: glyphs)).lines.count
            return .help(offset: clamped(offset.addingReportingOverflow(delta).partialValue, lines))
        case .order(var details):
            details.offset = clamped(details.offset.addingReportingOverflow(delta).partialValue, details.history?.count ?? 0)
            return .order(details)
        case .parked(var list):
            list.move(by: delta, count: parked.count)
            return .parked(list)
        case .settings(var form):
            form.list.move(by: delta, count: SettingsField.all.count)
            return .settings(form)
        case .themes(var picker):
            picker.list.move(by: delta, count: picker.names.count)
            return .themes(picker)
        }
    }
}
