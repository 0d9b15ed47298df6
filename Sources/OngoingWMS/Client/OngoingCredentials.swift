import Foundation

/// An Ongoing API user (`WSI…`) and its password. Printing it never shows the password.
public struct OngoingCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The API user name.
    public let username: String
    /// The password; only ever put into the `Authorization` header.
    public let password: String

    /// Creates credentials.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// The value of the HTTP Basic `Authorization` header.
    var authorizationHeader: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    public var description: String { "\(username) (password hidden)" }
    public var debugDescription: String { description }
}
