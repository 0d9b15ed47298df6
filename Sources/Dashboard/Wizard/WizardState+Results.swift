import Foundation
import TerminalUI

extension WizardState {
    /// Takes in a task's result; results of a sign-in that is no longer current are dropped.
    public mutating func receive(_ event: WizardEvent) -> [WizardCommand] {
        switch event {
        case .warehouseVerified(let connection):
            verifying = false
            warehouse = connection
            notice = nil
            return step == .warehouse ? go(to: .visma) : []
        case .warehouseFailed(let failure):
            verifying = false
            failures[failure.item] = failure.message
            if step == .warehouse { focus = failure.item }
            return []
        case .signInStarted(let session, let startedAt):
            guard case .starting = signIn else {
                return [.cancelSignIn(WizardSignInHandle(session: session, deadline: startedAt))]
            }
            let handle = WizardSignInHandle(session: session, deadline: startedAt.addingTimeInterval(Self.signInTimeout))
            signIn = .waiting(handle)
            now = startedAt
            notice = nil
            inputs[.pastedURL] = TextInput()
            if step == .visma { focus = .signInURL }
            return [.awaitSignIn(handle)] + startTicking()
        case .signInFailed(let session, let failure):
            if let session {
                guard case .waiting(let handle) = signIn, handle.isSame(as: session) else { return [] }
            } else {
                guard case .starting = signIn else { return [] }
            }
            signIn = .notStarted
            notice = nil
            failures[failure.item] = failure.message
            if step == .visma { focus = items.contains(failure.item) ? failure.item : .button(.signIn) }
            return []
        case .signedIn(let session, let account):
            guard case .waiting(let handle) = signIn, handle.isSame(as: session) else { return [] }
            signIn = .signedIn(account, handle)
            failures[.field(.pastedURL)] = nil
            notice = nil
            if account.stockModuleActive { tuning.setEnabled(.stock, false) }
            if step == .visma { focus = .button(.continueToTuning) }
            return []
        case .pasteAccepted(let session):
            guard case .waiting(let handle) = signIn, handle.isSame(as: session) else { return [] }
            notice = "Address accepted; completing the sign-in with Visma…"
            return []
        case .pasteRejected(let session, let failure):
            guard case .waiting(let handle) = signIn, handle.isSame(as: session) else { return [] }
            failures[failure.item] = failure.message
            return []
        case .browserOpened(let opened):
            notice = opened ? "Your browser was asked to open the address; sign in there."
                : "Could not start a browser here: press c to copy the address and open it yourself."
            return []
        case .tick(let date):
            now = date
            ticking = false
            return startTicking()
        case .progressNotSaved(let reason):
            notice = "Your answers could not be saved for next time: \(reason)"
            return []
        case .activated:
            activating = false
            return [.close(reloadHome: true)]
        case .activationFailed(let reason):
            activating = false
            failures[.button(.activate)] = "activation failed: \(reason)"
            return []
        }
    }

    /// Asks for the next countdown tick while the sign-in waits.
    private mutating func startTicking() -> [WizardCommand] {
        guard signIn.isWaiting, !ticking else { return [] }
        ticking = true
        return [.tick]
    }
}
