/// Where the Visma sign-in of step 2 stands.
public enum SignInPhase: Sendable {
    /// Not started (or cancelled, or failed): the client fields and the sign-in button show.
    case notStarted
    /// Listening is being set up.
    case starting
    /// The address is shown; waiting for the redirect or a pasted address.
    case waiting(WizardSignInHandle)
    /// Signed in to a company; the tokens wait in memory for activation.
    case signedIn(VismaAccount, WizardSignInHandle)

    /// The running or finished attempt, if any.
    var handle: WizardSignInHandle? {
        switch self {
        case .waiting(let handle), .signedIn(_, let handle): handle
        case .notStarted, .starting: nil
        }
    }

    /// The company, once signed in.
    public var account: VismaAccount? {
        if case .signedIn(let account, _) = self { return account }
        return nil
    }

    /// Whether the wizard waits for the redirect.
    public var isWaiting: Bool {
        if case .waiting = self { return true }
        return false
    }
}
