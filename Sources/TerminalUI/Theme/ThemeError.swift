/// A theme that could not be loaded, naming the file, the key and what was expected.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The theme file (path or name) the problem is in.
    public var file: String
    /// The offending key, e.g. `roles.process.on` or `inherits`; `nil` for whole-file problems.
    public var key: String?
    /// What was wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String, key: String? = nil, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    /// `file: key: message`, the form shown to the user.
    public var description: String {
        "\(file): " + (key.map { "\($0): " } ?? "") + message
    }
}
