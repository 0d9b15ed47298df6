import TerminalUI

extension DashboardState {
    /// The key scopes in force, most specific first: they drive dispatch and the hint bar alike.
    public var activeScopes: [KeyScope] {
        if case .hosted(let hosted) = screen { return hosted.keyScopes + [.always] }
        if input != nil { return [.input, .always] }
        if let overlay {
            if case .settings(let form) = overlay, form.editing != nil { return [.input, .always] }
            return unique([overlay.scope, .overlay, .lists, .always])
        }
        if case .firstRun = screen { return [.firstRun, .always] }
        return unique([focus.scope, .lists, .global, .always])
    }

    /// Routes a key: to the hosted screen, the line being typed, or the action the registry binds it to.
    mutating func handle(_ key: KeyEvent) -> [DashboardEffect] {
        guard key != .resize else { return [] }
        let action = DashboardKeys.registry.action(for: key, in: activeScopes)
        if action == .quit { return [.quit] }
        if case .hosted(var hosted) = screen {
            let outcome = hosted.handle(key, action: action)
            screen = .hosted(hosted)
            return apply(outcome)
        }
        if input != nil { return type(key, action: action) }
        if case .settings(var form) = overlay, form.editing != nil {
            switch action {
            case .accept: form.commitEdit()
            case .cancel: form.cancelEdit()
            default: _ = form.editing?.handle(key)
            }
            overlay = .settings(form)
            return []
        }
        guard let action else { return [] }
        if overlay != nil { return performInOverlay(action) }
        if case .firstRun = screen { return performOnFirstRun(action) }
        return perform(action, key: key)
    }

    private mutating func performOnFirstRun(_ action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .setup: openWizard()
        case .help: overlay = .help(offset: 0)
        case .command: input = InputLine(.command)
        default: break
        }
        return []
    }

    /// Shows the setup wizard, or says when it arrives.
    mutating func openWizard() {
        guard let makeWizard else {
            say("the setup wizard arrives with issue #7; until then quit and run ovsync connect ongoing / ovsync connect visma", tone: .warning)
            return
        }
        overlay = nil
        screen = .hosted(makeWizard())
    }

    private func unique(_ scopes: [KeyScope]) -> [KeyScope] {
        var result: [KeyScope] = []
        for scope in scopes where !result.contains(scope) { result.append(scope) }
        return result
    }
}
