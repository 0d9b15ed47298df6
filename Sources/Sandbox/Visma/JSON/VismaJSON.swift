import Foundation

/// A JSON value of the Visma sandbox. Records are kept as JSON objects with the API's own
/// PascalCase names, so a full-replace PUT and the spec's field rules apply to them directly.
/// Numbers are `Decimal`, so precision checks see exactly the digits a client sent.
public enum VismaJSON: Sendable, Equatable, Codable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([VismaJSON])
    case object([String: VismaJSON])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([VismaJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: VismaJSON].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Parses a request body; nil when it is not JSON.
    static func parse(_ data: Data) -> VismaJSON? {
        try? JSONDecoder().decode(VismaJSON.self, from: data)
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, if this is one.
    public var decimal: Decimal? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The Boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    public var object: [String: VismaJSON]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [VismaJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Compact JSON text with keys sorted, written directly (list pages of thousands of
    /// records must serialise fast).
    func serialized() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += value.description
        case .string(let value): JSONStringLiteral.write(value, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                JSONStringLiteral.write(key, to: &output)
                output += ":"
                members[key]!.write(to: &output)
            }
            output += "}"
        }
    }
}

extension Dictionary where Key == String, Value == VismaJSON {
    /// The value under `key` in any casing (Visma's model binding ignores case).
    func value(caseInsensitive key: String) -> VismaJSON? {
        if let exact = self[key] { return exact }
        return first { $0.key.caseInsensitiveCompare(key) == .orderedSame }?.value
    }
}
