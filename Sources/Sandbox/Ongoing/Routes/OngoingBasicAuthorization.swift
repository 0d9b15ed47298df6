import Foundation

/// HTTP Basic authentication against the sandbox's API users.
enum OngoingBasicAuthorization {
    /// The user whose name and password the `Authorization` header carries, if any.
    static func user(from header: String, among users: [OngoingSandboxUser]) -> OngoingSandboxUser? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].caseInsensitiveCompare("Basic") == .orderedSame,
              let decoded = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
              let pair = String(data: decoded, encoding: .utf8), let colon = pair.firstIndex(of: ":")
        else { return nil }
        let username = String(pair[..<colon])
        let password = String(pair[pair.index(after: colon)...])
        return users.first { $0.username == username && $0.password == password }
    }
}
