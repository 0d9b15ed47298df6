import Foundation

/// A JSON object whose keys are looked up case-insensitively (Visma's casing has changed
/// between PascalCase and camelCase before), and whose writes keep the key spelling the
/// server used, so a PUT echoes the object in the server's own shape.
public struct JSONObject: Sendable, Equatable, Codable {
    /// The members exactly as received.
    public private(set) var members: [String: JSONValue]

    /// Creates an object from its members.
    public init(_ members: [String: JSONValue] = [:]) {
        self.members = members
    }

    public init(from decoder: any Decoder) throws {
        members = try decoder.singleValueContainer().decode([String: JSONValue].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(members)
    }

    /// The value under `key` (any casing); nil when absent.
    public subscript(key: String) -> JSONValue? {
        get { storedKey(for: key).flatMap { members[$0] } }
        set { members[storedKey(for: key) ?? key] = newValue }
    }

    /// The spelling under which `key` is stored, if present in any casing.
    private func storedKey(for key: String) -> String? {
        if members[key] != nil { return key }
        return members.keys.first { $0.caseInsensitiveCompare(key) == .orderedSame }
    }

    /// The string under `key`, or nil when absent, null or not a string.
    public func string(_ key: String) -> String? { self[key]?.stringValue }

    /// The number under `key`, or nil when absent, null or not a number.
    public func decimal(_ key: String) -> Decimal? { self[key]?.decimalValue }

    /// The whole number under `key`, or nil when absent, null or fractional.
    public func int(_ key: String) -> Int? {
        guard let value = decimal(key), value == value.rounded(scale: 0) else { return nil }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// The Boolean under `key`, or nil when absent, null or not a Boolean.
    public func bool(_ key: String) -> Bool? { self[key]?.boolValue }

    /// The UUID under `key`, or nil when absent, null or malformed.
    public func uuid(_ key: String) -> UUID? { string(key).flatMap(UUID.init(uuidString:)) }

    /// The timestamp under `key` (Visma's ISO 8601, with or without zone), or nil.
    public func date(_ key: String) -> Date? { string(key).flatMap(VismaDateFormat.date(from:)) }

    /// The nested objects in the array under `key`; empty when absent or null.
    public func objects(_ key: String) -> [JSONObject] {
        self[key]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    /// The strings in the array under `key`; empty when absent or null.
    public func strings(_ key: String) -> [String] {
        self[key]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
