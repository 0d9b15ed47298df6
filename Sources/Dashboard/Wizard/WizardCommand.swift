import Foundation

/// What the wizard's state machine asks for after a key or a result; ``SetupWizard`` turns
/// each into a task, a clipboard copy or closing.
public enum WizardCommand: Sendable {
    /// Resolve the system and check the credentials and goods owner with Ongoing.
    case verifyWarehouse(WarehouseRequest)
    /// Start listening for Visma's redirect and build the sign-in address.
    case startSignIn(VismaClientEntry)
    /// Wait for the redirect (or a pasted address), then read the company.
    case awaitSignIn(WizardSignInHandle)
    /// Hand a pasted address to the sign-in.
    case submitPastedURL(WizardSignInHandle, String)
    /// Stop a sign-in.
    case cancelSignIn(WizardSignInHandle)
    /// Put text on the clipboard (OSC 52).
    case copy(String)
    /// Open an address in a browser.
    case openBrowser(URL)
    /// Come back in a second (the sign-in countdown).
    case tick
    /// Save the answers without secrets.
    case saveProgress(WizardProgress)
    /// Write everything and start.
    case activate(ActivationPlan)
    /// Hand the screen back to the dashboard; `reloadHome` after activation.
    case close(reloadHome: Bool)
}
