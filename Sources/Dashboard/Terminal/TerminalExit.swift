/// Why the terminal session ended on its own, as reported to the exit handler.
public enum TerminalExit: Sendable, Hashable {
    /// SIGINT, SIGTERM or SIGHUP arrived; the terminal is already restored.
    case signal(Int32)

    /// The conventional process exit status for this reason (128 + signal number).
    public var exitStatus: Int32 {
        switch self {
        case .signal(let number): 128 + number
        }
    }
}
