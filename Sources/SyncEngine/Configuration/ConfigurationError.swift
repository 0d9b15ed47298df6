import Foundation

/// `config.toml` could not be used: names the file, the key (or line) and what was expected.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The file that is broken.
    public let file: String
    /// The dotted key at fault, when the problem is one value.
    public let key: String?
    /// What is wrong and what was expected.
    public let problem: String

    /// Creates an error.
    public init(file: String, key: String?, problem: String) {
        self.file = file
        self.key = key
        self.problem = problem
    }

    public var description: String {
        if let key { return "\(file): \(key): \(problem)" }
        return "\(file): \(problem)"
    }
}
