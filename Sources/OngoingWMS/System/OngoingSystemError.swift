/// Why the Ongoing system the user named could not be turned into an API URL.
public enum OngoingSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing was entered.
    case empty
    /// The text looks like a URL but is not a usable one.
    case invalidURL(String)
    /// The URL names no system (e.g. `https://api.ongoingsystems.se/`).
    case noSystemName(String)
    /// A numeric customer ID was entered but no customer directory is configured.
    case customerIDNeedsDirectory(Int)
    /// The customer directory does not know this ID.
    case unknownCustomerID(Int)
    /// The customer directory could not be asked or gave no usable answer.
    case directoryFailed(String)

    public var description: String {
        let hint = "enter the address of your Ongoing login page (like https://demo.ongoingsystems.se/demo/), the system name, or the API URL"
        switch self {
        case .empty: return "no Ongoing system given; \(hint)"
        case .invalidURL(let text): return "\"\(text)\" is not a valid URL; \(hint)"
        case .noSystemName(let text): return "\"\(text)\" does not name an Ongoing system (the first part of the path); \(hint)"
        case .customerIDNeedsDirectory(let id): return "\(id) looks like a customer ID, which cannot be looked up here; \(hint)"
        case .unknownCustomerID(let id): return "the customer directory does not know customer ID \(id); \(hint)"
        case .directoryFailed(let reason): return "the customer directory could not be asked (\(reason)); \(hint)"
        }
    }
}
