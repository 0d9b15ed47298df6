import Foundation

/// A JSON value as the Ongoing sandbox reads requests and writes responses.
///
/// The sandbox shares no model code with the client on purpose (so it can catch the client's
/// mistakes); a JSON tree gives exact control over keys, key order, explicit `null`s and
/// number types in answers, and lenient reading of requests the way ASP.NET binds them:
/// property names case-insensitive, numbers accepted as strings and vice versa.
enum OngoingJSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// An integer-typed field, written without a fraction (`10`).
    case integer(Int)
    /// A decimal-typed field, written with at least one fractional digit (`11.0`) as .NET does.
    case decimal(Decimal)
    case string(String)
    case array([OngoingJSONValue])
    /// Members in output order.
    case object([(String, OngoingJSONValue)])

    static func == (lhs: OngoingJSONValue, rhs: OngoingJSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.decimal(let a), .decimal(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A value or `null`.
    static func string(_ text: String?) -> OngoingJSONValue { text.map(OngoingJSONValue.string) ?? .null }
    /// A value or `null`.
    static func decimal(_ number: Decimal?) -> OngoingJSONValue { number.map(OngoingJSONValue.decimal) ?? .null }
    /// A value or `null`.
    static func integer(_ number: Int?) -> OngoingJSONValue { number.map(OngoingJSONValue.integer) ?? .null }
    /// A value or `null`.
    static func bool(_ flag: Bool?) -> OngoingJSONValue { flag.map(OngoingJSONValue.bool) ?? .null }
    /// A timestamp or `null`.
    static func time(_ date: Date?) -> OngoingJSONValue { date.map { .string(OngoingWireTime.format($0)) } ?? .null }

    // MARK: Reading

    /// The member `key` of an object, matched case-insensitively as ASP.NET binds; nil when absent.
    subscript(key: String) -> OngoingJSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0.caseInsensitiveCompare(key) == .orderedSame }?.1
    }

    var isNull: Bool { self == .null }

    /// Text, also from a number (ASP.NET converts); nil for null or other types.
    var text: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): "\(number)"
        default: nil
        }
    }

    /// A number, also from a numeric string (the official examples send `"1.5"`).
    var number: Decimal? {
        switch self {
        case .integer(let number): Decimal(number)
        case .decimal(let number): number
        case .string(let text): Decimal(string: text.trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
        default: nil
        }
    }

    /// A whole number, also from a numeric string.
    var wholeNumber: Int? {
        guard var number else { return nil }
        var whole = Decimal()
        NSDecimalRound(&whole, &number, 0, .plain)
        return whole == number ? NSDecimalNumber(decimal: whole).intValue : nil
    }

    /// A boolean, also from `"true"`/`"false"`.
    var flag: Bool? {
        switch self {
        case .bool(let flag): flag
        case .string(let text): Bool(text.lowercased())
        default: nil
        }
    }

    /// Parses a request body; nil when it is not JSON.
    static func parse(_ data: Data) -> OngoingJSONValue? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        return try? JSONDecoder().decode(OngoingJSONValue.self, from: body)
    }

    // MARK: Writing

    /// The compact JSON text.
    var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .decimal(let number):
            let text = "\(number)"
            output += text.contains(".") ? text : text + ".0"
        case .string(let text): JSONStringLiteral.write(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONStringLiteral.write(member.0, to: &output)
                output += ":"
                member.1.write(to: &output)
            }
            output += "}"
        }
    }
}

extension OngoingJSONValue: Decodable {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() { self = .null; return }
            if let flag = try? container.decode(Bool.self) { self = .bool(flag); return }
            if let number = try? container.decode(Decimal.self) { self = .decimal(number); return }
            if let text = try? container.decode(String.self) { self = .string(text); return }
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [OngoingJSONValue] = []
            while !list.isAtEnd { items.append(try list.decode(OngoingJSONValue.self)) }
            self = .array(items)
            return
        }
        let object = try decoder.container(keyedBy: AnyKey.self)
        self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(OngoingJSONValue.self, forKey: $0)) })
    }
}
