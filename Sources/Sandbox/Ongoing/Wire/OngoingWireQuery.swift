import Foundation

/// A request's query string read the way ASP.NET binds it: `+` is a space, percent-escapes
/// are decoded, names match case-insensitively, and a repeated name makes an array.
/// A comma-joined value stays one value (that is how the real API behaves).
struct OngoingWireQuery: Sendable {
    private var pairs: [(name: String, value: String)] = []

    /// Parses the raw query (without `?`).
    init(_ raw: String?) {
        guard let raw, !raw.isEmpty else { return }
        for part in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Every value of `name`.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The first value of `name`, or nil when absent or empty.
    func text(_ name: String) -> String? {
        all(name).first.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// An integer parameter; throws 400 when present but not an integer.
    func integer(_ name: String) throws(OngoingSandboxFailure) -> Int? {
        guard let text = text(name) else { return nil }
        guard let value = Int(text) else { throw .badRequest("The value '\(text)' is not valid for \(name).") }
        return value
    }

    /// A boolean parameter; throws 400 when present but not a boolean.
    func flag(_ name: String) throws(OngoingSandboxFailure) -> Bool? {
        guard let text = text(name) else { return nil }
        guard let value = Bool(text.lowercased()) else { throw .badRequest("The value '\(text)' is not valid for \(name).") }
        return value
    }

    /// A time parameter; throws 400 when present but not a time.
    func time(_ name: String) throws(OngoingSandboxFailure) -> Date? {
        guard let raw = all(name).first, !raw.isEmpty else { return nil }
        guard let date = OngoingWireTime.parse(raw) else { throw .badRequest("The value '\(raw)' is not valid for \(name).") }
        return date
    }
}
