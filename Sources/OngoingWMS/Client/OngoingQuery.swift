import Foundation

/// Query parameters of one request, in order, with repeated keys for arrays.
///
/// Ongoing binds arrays from repeated keys (`articleNumbers=A&articleNumbers=B`); a
/// comma-joined value is taken as one number. Values are percent-encoded strictly (everything
/// but RFC 3986 unreserved characters), because a raw `+` in `+00:00` would arrive as a space.
struct OngoingQuery: Sendable, Equatable {
    private(set) var items: [(name: String, value: String)] = []

    static func == (lhs: OngoingQuery, rhs: OngoingQuery) -> Bool {
        lhs.items.map { "\($0.name)=\($0.value)" } == rhs.items.map { "\($0.name)=\($0.value)" }
    }

    mutating func add(_ name: String, _ value: String?) {
        if let value { items.append((name, value)) }
    }

    mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    mutating func add(_ name: String, _ value: Date?) {
        add(name, value.map(OngoingTimestamp.format))
    }

    mutating func add(_ name: String, each values: [String]) {
        for value in values { items.append((name, value)) }
    }

    /// The encoded query string, without the leading `?`.
    var encoded: String {
        items.map { "\(Self.escape($0.name))=\(Self.escape($0.value))" }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
