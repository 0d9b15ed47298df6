/// Why activation could not write the connections.
public enum WizardActivationError: Error, Sendable, CustomStringConvertible {
    /// The Visma sign-in has no result to save.
    case notSignedIn

    public var description: String {
        switch self {
        case .notSignedIn: "the Visma sign-in has not finished; go back to step 2 and sign in"
        }
    }
}
