import Foundation

/// Validates JSON against a schema of the Visma contract (`Tests/Fixtures/specs/
/// visma-eaccounting-v2-2026.json`), for the JSON-Schema subset that spec uses: `type`
/// (single or array, `null` for nullable), `properties`, `required`, `additionalProperties:
/// false`, `maxLength`/`minLength`, `minimum`/`maximum`, `enum`, `format` (uuid, date-time,
/// int32, int64), `items` and `$ref`. `readOnly` and `pattern` are annotations here.
///
/// Date-times are accepted without a zone, because Visma sends order dates that way.
public struct VismaSchemaValidator: Sendable {
    private let schemas: [String: SchemaValue]

    /// Loads the contract's component schemas.
    public init() throws {
        let url = RepositoryPaths.fixtures.appendingPathComponent("specs/visma-eaccounting-v2-2026.json")
        let spec = try JSONDecoder().decode(SchemaValue.self, from: Data(contentsOf: url))
        guard case .object(let root) = spec, case .object(let components)? = root["components"],
              case .object(let schemas)? = components["schemas"] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.schemas = schemas
    }

    /// The problems of `data` against the schema named `schema` (e.g. `ArticleApi`); empty when valid.
    /// `allowingUnknownFields` relaxes `additionalProperties: false` (the spec lags behind Visma).
    public func problems(_ data: Data, schema: String, allowingUnknownFields: Bool = false) -> [String] {
        guard let value = try? JSONDecoder().decode(SchemaValue.self, from: data) else { return ["the body is not JSON"] }
        guard let definition = schemas[schema] else { return ["no schema named \(schema)"] }
        var problems: [String] = []
        check(value, against: definition, at: "$", allowingUnknownFields: allowingUnknownFields, into: &problems)
        return problems
    }

    private func check(_ value: SchemaValue, against schema: SchemaValue, at path: String, allowingUnknownFields: Bool, into problems: inout [String]) {
        guard case .object(let rules) = schema else { return }
        if case .string(let reference)? = rules["$ref"] {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { problems.append("\(path): unresolved \(reference)"); return }
            check(value, against: target, at: path, allowingUnknownFields: allowingUnknownFields, into: &problems)
            return
        }
        var types: [String] = []
        switch rules["type"] {
        case .string(let type)?: types = [type]
        case .array(let list)?: types = list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: break
        }
        if !types.isEmpty, !types.contains(where: { value.isOfType($0) }) {
            problems.append("\(path): expected \(types.joined(separator: "|")), got \(value.typeName)")
            return
        }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            problems.append("\(path): value not in enum")
        }
        switch value {
        case .string(let text):
            if case .number(let maximum)? = rules["maxLength"], Decimal(text.utf16.count) > maximum {
                problems.append("\(path): longer than \(maximum)")
            }
            if case .number(let minimum)? = rules["minLength"], Decimal(text.utf16.count) < minimum {
                problems.append("\(path): shorter than \(minimum)")
            }
            if case .string(let format)? = rules["format"] {
                if format == "uuid", UUID(uuidString: text) == nil { problems.append("\(path): not a uuid: \(text)") }
                if format == "date-time", !Self.isDateTime(text) { problems.append("\(path): not a date-time: \(text)") }
            }
        case .number(let number):
            if case .number(let minimum)? = rules["minimum"], number < minimum { problems.append("\(path): below \(minimum)") }
            if case .number(let maximum)? = rules["maximum"], number > maximum { problems.append("\(path): above \(maximum)") }
            if case .string(let format)? = rules["format"], format == "int32" || format == "int64" {
                var rounded = Decimal()
                var source = number
                NSDecimalRound(&rounded, &source, 0, .plain)
                if rounded != number { problems.append("\(path): not an integer") }
                if format == "int32", number > Decimal(Int32.max) || number < Decimal(Int32.min) { problems.append("\(path): outside int32") }
            }
        case .array(let elements):
            if let items = rules["items"] {
                for (index, element) in elements.enumerated() {
                    check(element, against: items, at: "\(path)[\(index)]", allowingUnknownFields: allowingUnknownFields, into: &problems)
                }
            }
        case .object(let members):
            if case .array(let required)? = rules["required"] {
                for case .string(let name) in required where members[name] == nil {
                    problems.append("\(path): missing required \(name)")
                }
            }
            let properties: [String: SchemaValue]
            if case .object(let declared)? = rules["properties"] { properties = declared } else { properties = [:] }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    check(member, against: property, at: "\(path).\(name)", allowingUnknownFields: allowingUnknownFields, into: &problems)
                } else if rules["additionalProperties"] == .bool(false), !allowingUnknownFields {
                    problems.append("\(path): unknown property \(name)")
                }
            }
        default:
            break
        }
    }

    /// `yyyy-MM-ddTHH:mm:ss`, optional fraction, optional `Z` or offset.
    private static func isDateTime(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"#, options: .regularExpression) != nil
    }
}

/// A JSON value for schema checks (numbers kept exact).
enum SchemaValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Decimal), string(String), array([SchemaValue]), object([String: SchemaValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Decimal.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([SchemaValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: SchemaValue].self)) }
    }

    func isOfType(_ type: String) -> Bool {
        switch (type, self) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): true
        case ("integer", .number(let number)):
            number == Decimal(string: NSDecimalNumber(decimal: number).stringValue.components(separatedBy: ".")[0])
        default: false
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
