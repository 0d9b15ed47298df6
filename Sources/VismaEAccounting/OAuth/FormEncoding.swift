import Foundation

/// `application/x-www-form-urlencoded` and query-string encoding with RFC 3986 rules, so
/// `+`, `&`, `=` and spaces in values (scopes, tokens, filters) arrive intact.
enum FormEncoding {
    /// `name=value&…`, every component percent-encoded except unreserved characters.
    static func encode(_ fields: [(String, String)], keeping extra: String = "") -> String {
        fields.map { "\(escape($0.0, keeping: extra))=\(escape($0.1, keeping: extra))" }.joined(separator: "&")
    }

    /// Percent-encodes everything but `A–Z a–z 0–9 - . _ ~` and the characters in `extra`.
    static func escape(_ text: String, keeping extra: String = "") -> String {
        var allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        allowed.insert(charactersIn: extra)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Decodes a form or query string; `+` means a space.
    static func decode(_ text: Substring) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func unescape(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (unescape(parts[0]), parts.count > 1 ? unescape(parts[1]) : "")
        }
    }
}
