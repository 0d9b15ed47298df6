import Foundation

/// How the spec declares one field of a model: what a PUT may send in it.
struct VismaFieldRule: Sendable {
    enum Kind: Sendable { case string, uuid, dateTime, integer, number, boolean, array, object }

    var kind: Kind
    var nullable = false
    var readOnly = false
    var maxLength: Int?
    var minimum: Decimal?
    var maximum: Decimal?
    /// Decimals allowed (from the number's pattern).
    var scale: Int?
    /// The model of the array's elements, when they are validated too (order rows).
    var items: String?

    init(_ kind: Kind, nullable: Bool = false, readOnly: Bool = false, maxLength: Int? = nil,
         minimum: Decimal? = nil, maximum: Decimal? = nil, scale: Int? = nil, items: String? = nil) {
        self.kind = kind
        self.nullable = nullable
        self.readOnly = readOnly
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.scale = scale
        self.items = items
    }
}

/// A model's fields and required fields, as the spec declares them.
struct VismaModelRules: Sendable {
    var name: String
    var required: [String]
    var fields: [String: VismaFieldRule]
}

/// One validation failure, reported in `Errors[]`.
struct VismaFieldProblem: Sendable, Equatable {
    var field: String
    var code: String
    var message: String
}

extension VismaModelRules {
    /// Checks a PUT body against the rules: required fields present, types, lengths, ranges
    /// and decimals. Unknown fields are ignored, as Visma's model binding does.
    func validate(_ body: [String: VismaJSON], path: String = "") -> [VismaFieldProblem] {
        var problems: [VismaFieldProblem] = []
        for name in required {
            let value = body.value(caseInsensitive: name)
            if value == nil || value == .null || value == .string("") {
                problems.append(VismaFieldProblem(field: path + name, code: "Required", message: "The \(name) field is required."))
            }
        }
        for (name, rule) in fields.sorted(by: { $0.key < $1.key }) where !rule.readOnly {
            guard let value = body.value(caseInsensitive: name), !(value == .null && required.contains(name)) else { continue }
            problems += check(value, rule: rule, field: path + name)
        }
        return problems
    }

    private func check(_ value: VismaJSON, rule: VismaFieldRule, field: String) -> [VismaFieldProblem] {
        func problem(_ code: String, _ message: String) -> [VismaFieldProblem] {
            [VismaFieldProblem(field: field, code: code, message: message)]
        }
        if value == .null {
            return rule.nullable || rule.kind == .object ? [] : problem("InvalidValue", "The \(field) field cannot be null.")
        }
        switch rule.kind {
        case .string, .uuid, .dateTime:
            guard let text = value.string else { return problem("InvalidType", "The \(field) field must be a string.") }
            if let maxLength = rule.maxLength, text.utf16.count > maxLength {
                return problem("MaxLength", "The field \(field) must be a string with a maximum length of \(maxLength).")
            }
            if rule.kind == .uuid, UUID(uuidString: text) == nil { return problem("InvalidValue", "The \(field) field must be a GUID.") }
            if rule.kind == .dateTime, VismaTimestamp.parse(text) == nil { return problem("InvalidValue", "The \(field) field must be a date.") }
        case .integer, .number:
            guard let number = value.decimal else { return problem("InvalidType", "The \(field) field must be a number.") }
            if rule.kind == .integer, number != number.roundedSandbox(scale: 0) {
                return problem("InvalidType", "The \(field) field must be a whole number.")
            }
            if let minimum = rule.minimum, number < minimum { return problem("Range", "The field \(field) must be at least \(minimum).") }
            if let maximum = rule.maximum, number > maximum { return problem("Range", "The field \(field) must be at most \(maximum).") }
            if let scale = rule.scale, number != number.roundedSandbox(scale: scale) {
                return problem("Precision", "The field \(field) allows at most \(scale) decimals.")
            }
        case .boolean:
            if value.bool == nil { return problem("InvalidType", "The \(field) field must be true or false.") }
        case .array:
            guard let elements = value.array else { return problem("InvalidType", "The \(field) field must be an array.") }
            if let model = rule.items.flatMap(VismaModelRules.named) {
                return elements.enumerated().flatMap { index, element -> [VismaFieldProblem] in
                    guard let object = element.object else {
                        return [VismaFieldProblem(field: "\(field)[\(index)]", code: "InvalidType", message: "Each \(field) element must be an object.")]
                    }
                    return model.validate(object, path: "\(field)[\(index)].")
                }
            }
        case .object:
            if value.object == nil { return problem("InvalidType", "The \(field) field must be an object.") }
        }
        return []
    }

    /// The rules of a nested model by its spec name.
    static func named(_ name: String) -> VismaModelRules? {
        name == orderRow.name ? orderRow : nil
    }

    /// The stored record after a full-replace PUT of `body`: read-only fields keep their
    /// stored values; writable fields take the body's value, and a writable field the body
    /// leaves out is cleared (null, or false/0 where the spec forbids null) — that is what
    /// "replace" means, and why clients must send the whole object back.
    func replaced(_ stored: [String: VismaJSON], with body: [String: VismaJSON]) -> [String: VismaJSON] {
        var result: [String: VismaJSON] = [:]
        for (name, rule) in fields {
            let sent = body.value(caseInsensitive: name)
            if rule.readOnly || (sent == nil && rule.kind == .object) {
                if let kept = stored[name] { result[name] = kept }
                continue
            }
            if let sent {
                result[name] = sent
            } else if rule.nullable {
                result[name] = .null
            } else {
                switch rule.kind {
                case .boolean: result[name] = .bool(false)
                case .integer, .number: result[name] = .number(0)
                case .array: result[name] = .array([])
                case .string, .uuid, .dateTime, .object: result[name] = stored[name]
                }
            }
        }
        return result
    }
}

extension Decimal {
    /// Rounded half away from zero to `scale` decimals.
    func roundedSandbox(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}
