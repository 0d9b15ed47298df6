import SyncEngine
import TerminalUI

extension WizardState {
    /// Handles a key; `action` is what the registry bound it to in ``keyScopes`` (nil: text for a field).
    public mutating func handle(_ key: KeyEvent, action: DashboardAction?) -> [WizardCommand] {
        let action = WizardAction(action)
        if leaveQuestion != nil { return answerLeaveQuestion(action) }
        if picker != nil {
            choose(action)
            return []
        }
        guard let action else { return type(key) }
        switch action {
        case .next: moveFocus(by: 1)
        case .previous: moveFocus(by: -1)
        case .confirm: return confirm()
        case .nextStep: return goForward()
        case .previousStep: return goBack()
        case .leave: return leave()
        case .toggle: toggleOption()
        case .less: cycleOption(by: -1)
        case .more: cycleOption(by: 1)
        case .copyURL:
            guard let handle = signIn.handle, signIn.isWaiting else { return [] }
            notice = "The address is on the clipboard (OSC 52; in tmux this needs set-clipboard on). Open it in a browser and sign in."
            return [.copy(handle.session.authorizationURL.absoluteString)]
        case .openBrowser:
            return openBrowser()
        case .yes, .no:
            break
        }
        return []
    }

    /// Focuses the item `delta` places on, wrapping around.
    mutating func moveFocus(by delta: Int) {
        let items = self.items
        guard !items.isEmpty else { return }
        let index = items.firstIndex(of: focus) ?? 0
        focus = items[(index + delta + items.count) % items.count]
    }

    /// Edits the focused field; on the sign-in address a printable key starts the pasted address.
    private mutating func type(_ key: KeyEvent) -> [WizardCommand] {
        if focus == .signInURL, key.insertedCharacter != nil {
            focus = .field(.pastedURL)
        }
        guard let field = focus.field else { return [] }
        var input = inputs[field, default: TextInput()]
        if field.isNumeric, let character = key.insertedCharacter, !character.isASCII || !character.isNumber { return [] }
        let before = input.value
        guard input.handle(key) else { return [] }
        inputs[field] = input
        if input.value != before { edited(field) }
        return []
    }

    /// Forgets what an edit makes stale: the field's message, a verification or sign-in made with the old value.
    private mutating func edited(_ field: WizardField) {
        failures[.field(field)] = nil
        switch field {
        case .system, .username, .password, .goodsOwner:
            failures[.button(.verifyWarehouse)] = nil
            if warehouse != nil {
                warehouse = nil
                notice = "Changed: the warehouse will be checked again."
            }
        case .clientID, .clientSecret, .apiURL, .identityURL, .redirectPort:
            failures[.button(.signIn)] = nil
            if case .signedIn = signIn {
                signIn = .notStarted
                notice = "Changed: sign in to Visma again with the new settings."
            }
        case .pastedURL, .interval:
            break
        }
    }

    /// Enter: press the focused button; in a field go to the next item, pressing it when it is a button.
    private mutating func confirm() -> [WizardCommand] {
        switch focus {
        case .button(let button):
            return press(button)
        case .field(.pastedURL):
            return submitPastedURL()
        case .field:
            moveFocus(by: 1)
            if case .button(let button) = focus { return press(button) }
            return []
        case .signInURL:
            focus = .field(.pastedURL)
            return []
        case .processSwitch, .startedStatus, .shippedStatus, .stockFigure, .articleField, .backorder:
            toggleOption()
            return []
        }
    }

    private mutating func press(_ button: WizardButton) -> [WizardCommand] {
        switch button {
        case .verifyWarehouse: return verifyWarehouse()
        case .signIn: return startSignIn()
        case .continueToTuning, .continueToSummary: return goForward()
        case .activate: return activate()
        }
    }

    /// PgDn and the Continue buttons: go on once this step is done, checking it first.
    mutating func goForward() -> [WizardCommand] {
        switch step {
        case .warehouse:
            return warehouse == nil ? verifyWarehouse() : go(to: .visma)
        case .visma:
            if signIn.account != nil { return go(to: .fineTuning) }
            notice = signIn.isWaiting
                ? "Finish the sign-in in the browser first (or paste the address it ended on)."
                : "Sign in to Visma first: press Enter on \"\(WizardButton.signIn.caption)\"."
            return []
        case .fineTuning:
            return checkTuning() ? go(to: .summary) : []
        case .summary:
            return []
        }
    }

    /// PgUp: back a step; a running sign-in is cancelled.
    private mutating func goBack() -> [WizardCommand] {
        guard let previous = step.previous else { return [] }
        var commands: [WizardCommand] = []
        if signIn.isWaiting, let handle = signIn.handle {
            signIn = .notStarted
            commands.append(.cancelSignIn(handle))
        }
        return commands + go(to: previous)
    }

    /// Shows `step` with its first item focused and saves the answers.
    mutating func go(to step: WizardStep) -> [WizardCommand] {
        self.step = step
        notice = nil
        picker = nil
        focus = items.first ?? .button(.activate)
        return [.saveProgress(progress)]
    }

    /// Esc: cancel a running sign-in; otherwise ask before leaving.
    private mutating func leave() -> [WizardCommand] {
        switch signIn {
        case .waiting(let handle):
            signIn = .notStarted
            focus = .button(.signIn)
            notice = "Sign-in cancelled. Press Enter on \"\(WizardButton.signIn.caption)\" to start again."
            return [.cancelSignIn(handle)]
        case .starting:
            signIn = .notStarted
            focus = .button(.signIn)
            notice = "Sign-in cancelled."
            return []
        case .notStarted, .signedIn:
            leaveQuestion = false
            return []
        }
    }

    private mutating func answerLeaveQuestion(_ action: WizardAction?) -> [WizardCommand] {
        switch action {
        case .yes:
            leaveQuestion = nil
            let cancel = signIn.isWaiting ? signIn.handle.map { [WizardCommand.cancelSignIn($0)] } ?? [] : []
            return cancel + [.saveProgress(progress), .close(reloadHome: false)]
        case .no:
            leaveQuestion = nil
        case .confirm:
            return answerLeaveQuestion(leaveQuestion == true ? .yes : .no)
        case .next, .previous, .less, .more:
            leaveQuestion?.toggle()
        default:
            break
        }
        return []
    }

    /// `o`: open the sign-in address in a browser where one can be opened.
    private mutating func openBrowser() -> [WizardCommand] {
        guard let handle = signIn.handle, signIn.isWaiting else { return [] }
        guard canOpenBrowser else {
            notice = "No browser can be opened here (no display, or an SSH session): press c to copy the address, or select it, and open it on your own computer."
            return []
        }
        return [.openBrowser(handle.session.authorizationURL)]
    }
}
