import Foundation
import SyncEngine
import VismaEAccounting

/// A running Visma sign-in as the wizard drives it; ``LiveVismaSignIn`` wraps the real flow,
/// tests use a fake.
public protocol WizardSignIn: AnyObject, Sendable {
    /// The address the admin opens in a browser.
    var authorizationURL: URL { get }
    /// Where Visma sends the browser back to.
    var redirectURI: String { get }
    /// Hands over the address the browser ended on; throws ``VismaSignInError/notARedirect`` for other text.
    func submit(pastedURL: String) throws(VismaSignInError)
    /// Ends the wait with ``VismaSignInError/cancelled``.
    func cancel()
    /// Waits for the redirect, exchanges the code and reads the company; keeps the tokens in memory.
    func finish(timeout: Duration) async throws -> VismaAccount
    /// Writes the connection (client, secret, tokens, company) to the home: activation only.
    func save(in workspace: Workspace, entry: VismaClientEntry) throws
}

/// A sign-in attempt the wizard holds: the flow and when its wait ends.
public struct WizardSignInHandle: Sendable {
    /// The flow.
    public var session: any WizardSignIn
    /// When the wait for the redirect gives up.
    public var deadline: Date

    /// Creates a handle.
    public init(session: any WizardSignIn, deadline: Date) {
        self.session = session
        self.deadline = deadline
    }

    /// Whether `other` is the same attempt.
    func isSame(as other: any WizardSignIn) -> Bool { session === other }
}
