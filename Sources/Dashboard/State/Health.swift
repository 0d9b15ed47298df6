/// The dashboard's one-word verdict on the connection.
public enum Health: Sendable, Hashable {
    case ok
    case warning
    case bad
}
