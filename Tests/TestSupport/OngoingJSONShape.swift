import Foundation

/// The structure of a JSON document, for contract tests: which keys exist and what JSON type
/// each value has. Tolerates a leading UTF-8 byte order mark.
public indirect enum OngoingJSONShape: Decodable, Equatable, Sendable {
    case null
    case bool
    case number
    case string
    case array([OngoingJSONShape])
    case object([String: OngoingJSONShape])

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() { self = .null; return }
            if (try? container.decode(Bool.self)) != nil { self = .bool; return }
            if (try? container.decode(Double.self)) != nil { self = .number; return }
            if (try? container.decode(String.self)) != nil { self = .string; return }
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [OngoingJSONShape] = []
            while !list.isAtEnd { items.append(try list.decode(OngoingJSONShape.self)) }
            self = .array(items)
            return
        }
        let object = try decoder.container(keyedBy: AnyKey.self)
        var members: [String: OngoingJSONShape] = [:]
        for key in object.allKeys { members[key.stringValue] = try object.decode(OngoingJSONShape.self, forKey: key) }
        self = .object(members)
    }

    /// Parses `data` (a leading byte order mark is skipped).
    public static func of(_ data: Data) throws -> OngoingJSONShape {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        return try JSONDecoder().decode(OngoingJSONShape.self, from: body)
    }

    /// Every key path, arrays as `[]`, e.g. `orderLines[].article.articleNumber`.
    public var keyPaths: Set<String> {
        var paths: Set<String> = []
        collectKeyPaths(prefix: "", into: &paths)
        return paths
    }

    private func collectKeyPaths(prefix: String, into paths: inout Set<String>) {
        switch self {
        case .object(let members):
            for (key, value) in members {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.insert(path)
                value.collectKeyPaths(prefix: path, into: &paths)
            }
        case .array(let items):
            for item in items { item.collectKeyPaths(prefix: prefix + "[]", into: &paths) }
        default:
            break
        }
    }

    /// Where `actual` lacks a key of `self` (the expected example) or has another JSON type.
    /// A `null` in the example allows any type; array elements are compared with the
    /// example's elements one by one (as many as both have).
    public func mismatches(in actual: OngoingJSONShape, path: String = "$") -> [String] {
        switch (self, actual) {
        case (.null, _): return []
        case (.object(let expected), .object(let members)):
            return expected.keys.sorted().flatMap { key -> [String] in
                guard let value = members[key] else { return ["\(path).\(key) is missing"] }
                return expected[key]!.mismatches(in: value, path: "\(path).\(key)")
            }
        case (.array(let expected), .array(let items)):
            return zip(expected, items).enumerated().flatMap { index, pair in pair.0.mismatches(in: pair.1, path: "\(path)[\(index)]") }
        case (.bool, .bool), (.number, .number), (.string, .string): return []
        default: return ["\(path) is \(actual.typeName), the example has \(typeName)"]
        }
    }

    private var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
