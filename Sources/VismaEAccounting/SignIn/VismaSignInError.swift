/// Why a Visma sign-in did not produce an authorisation code.
public enum VismaSignInError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The redirect carried a different `state`: it does not belong to this sign-in.
    case stateMismatch
    /// The user declined access on Visma's consent page (`error=access_denied`).
    case accessDenied(String?)
    /// The identity server redirected with another OAuth error.
    case authorizationFailed(error: String, description: String?)
    /// The text is not a redirect URL carrying a code or an error.
    case notARedirect
    /// No redirect arrived in time.
    case timedOut
    /// The sign-in was cancelled.
    case cancelled
    /// The loopback receiver could not listen.
    case receiverUnavailable(String)

    public var description: String {
        switch self {
        case .stateMismatch:
            "the redirect's state does not match this sign-in (a stale or forged redirect); start the sign-in again"
        case .accessDenied(let detail):
            "access was denied on Visma's consent page" + (detail.map { ": \($0)" } ?? "")
        case .authorizationFailed(let error, let detail):
            "Visma refused the authorisation: \(error)" + (detail.map { " (\($0))" } ?? "")
        case .notARedirect:
            "that is not the redirect URL: paste the whole address the browser ended on (it contains code= and state=)"
        case .timedOut:
            "no redirect from Visma arrived in time"
        case .cancelled:
            "the sign-in was cancelled"
        case .receiverUnavailable(let reason):
            "the sign-in could not listen for Visma's redirect: \(reason)"
        }
    }
}
