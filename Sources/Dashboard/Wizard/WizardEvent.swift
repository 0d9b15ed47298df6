import Foundation

/// A result of the wizard's work, handed back to its state machine.
public enum WizardEvent: Sendable {
    /// Ongoing accepted the warehouse connection.
    case warehouseVerified(WarehouseConnection)
    /// The warehouse check failed.
    case warehouseFailed(WizardFailure)
    /// The sign-in listens and has its address; the wait started at the date given.
    case signInStarted(any WizardSignIn, at: Date)
    /// The sign-in could not start, or ended without a company.
    case signInFailed((any WizardSignIn)?, WizardFailure)
    /// The sign-in reached a company.
    case signedIn(any WizardSignIn, VismaAccount)
    /// A pasted address was taken; the sign-in completes.
    case pasteAccepted(any WizardSignIn)
    /// A pasted text was no redirect address.
    case pasteRejected(any WizardSignIn, WizardFailure)
    /// Whether the browser could be started.
    case browserOpened(Bool)
    /// A second passed.
    case tick(Date)
    /// The answers could not be saved for next time.
    case progressNotSaved(String)
    /// Activation wrote everything.
    case activated
    /// Activation failed.
    case activationFailed(String)
}
