import OngoingWMS
import VismaEAccounting

/// Why a check or the sign-in failed, shown next to the item at fault.
public struct WizardFailure: Sendable, Equatable, Error {
    /// The item the message is shown next to.
    public var item: WizardItem
    /// The message.
    public var message: String

    /// Creates a failure shown next to `item`.
    public init(item: WizardItem, message: String) {
        self.item = item
        self.message = message
    }

    /// Places a failed warehouse check: wrong password at the password, wrong goods owner at
    /// the goods owner, a system that is unreachable or not there at the system.
    public init(_ failure: OngoingConnectionFailure) {
        switch failure {
        case .wrongPassword: self.init(item: .field(.password), message: failure.description)
        case .wrongGoodsOwner: self.init(item: .field(.goodsOwner), message: failure.description)
        case .unreachable, .systemNotFound: self.init(item: .field(.system), message: failure.description)
        case .unexpected: self.init(item: .button(.verifyWarehouse), message: failure.description)
        }
    }

    /// A system entry that could not be turned into an API URL belongs to the system field.
    public init(_ error: OngoingSystemError) {
        self.init(item: .field(.system), message: error.description)
    }

    /// Places a failed sign-in: a port that cannot be listened on at the port, a pasted text
    /// that is no redirect at the pasted address, everything else at the sign-in button.
    public init(_ error: VismaSignInError) {
        switch error {
        case .receiverUnavailable:
            self.init(item: .field(.redirectPort), message: error.description + "; choose another port (and register its redirect address with Visma)")
        case .notARedirect:
            self.init(item: .field(.pastedURL), message: error.description)
        case .accessDenied:
            self.init(item: .button(.signIn), message: error.description + "; sign in again and allow every permission listed above")
        case .timedOut:
            self.init(item: .button(.signIn), message: error.description + "; sign in again")
        case .stateMismatch, .authorizationFailed, .cancelled:
            self.init(item: .button(.signIn), message: error.description)
        }
    }

    /// Places a failed code exchange or company check: a refused client at the client secret.
    public init(_ error: VismaError) {
        if error.oauthError == "invalid_client" {
            self.init(item: .field(.clientSecret), message: "Visma rejected the client id or secret (invalid_client); check both")
        } else {
            self.init(item: .button(.signIn), message: "the sign-in did not complete: \(error.description)")
        }
    }

    /// Places any error of the sign-in flow (start, redirect, code exchange, company check).
    public static func signInFailure(_ error: any Error) -> WizardFailure {
        switch error {
        case let error as VismaSignInError: WizardFailure(error)
        case let error as VismaError: WizardFailure(error)
        default: WizardFailure(item: .button(.signIn), message: "the sign-in did not complete: \(error)")
        }
    }
}
