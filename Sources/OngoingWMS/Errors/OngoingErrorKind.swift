/// How the engine should react to an ``OngoingError``.
public enum OngoingErrorKind: String, Sendable, Equatable {
    /// Worth retrying later, with backoff (network, timeouts, 5xx, 429, open breaker).
    case transient
    /// Wrong for this one item; retrying the same request cannot help (validation, refusal).
    case permanent
    /// The credentials or the goods owner are wrong; the connection needs the admin.
    case authentication
}
