import Foundation

/// Why ``OngoingClient/checkConnection()`` failed, precisely enough to tell the user what to fix.
public enum OngoingConnectionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system answered 401 to the credential check.
    case wrongPassword(username: String)
    /// The credentials work, but the API user may not act for this goods owner.
    case wrongGoodsOwner(goodsOwnerId: Int, serverMessage: String)
    /// No answer at all: refused connection, unknown host, timeout.
    case unreachable(apiURL: URL, reason: String)
    /// The server answered 404: there is no Ongoing system at this URL.
    case systemNotFound(apiURL: URL)
    /// Anything else (5xx, unreadable answers, an open breaker).
    case unexpected(String)

    public var description: String {
        switch self {
        case .wrongPassword(let username):
            "wrong user name or password: Ongoing rejected the API user \(username) (HTTP 401)"
        case .wrongGoodsOwner(let id, let message):
            "wrong goods owner: the API user has no access to goods owner \(id)" + (message.isEmpty ? "" : " (Ongoing: \(message))")
        case .unreachable(let url, let reason):
            "Ongoing system unreachable at \(url.absoluteString): \(reason)"
        case .systemNotFound(let url):
            "no Ongoing system at \(url.absoluteString) (HTTP 404); check the system name or API URL"
        case .unexpected(let reason):
            "the Ongoing connection check failed: \(reason)"
        }
    }
}
