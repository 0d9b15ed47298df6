import Foundation

/// A parsed OData `$filter`: comparisons of a record's fields with literals, joined with
/// `and`/`or`, with parentheses. Field names match case-insensitively.
indirect enum VismaFilterExpression: Sendable {
    case comparison(field: String, op: Operator, literal: Literal)
    case and(VismaFilterExpression, VismaFilterExpression)
    case or(VismaFilterExpression, VismaFilterExpression)

    enum Operator: String, Sendable { case eq, ne, gt, ge, lt, le }

    enum Literal: Sendable, Equatable {
        case date(Date)
        case number(Decimal)
        case string(String)
        case bool(Bool)
        case null
    }

    /// Why a filter was refused: `code` is Visma's 6000 (query) or 6001 (input).
    struct Failure: Error {
        var code: Int
        var message: String
    }

    /// Parses `text`, checking field names against `fields` (the model's properties).
    static func parse(_ text: String, fields: Set<String>) throws(Failure) -> VismaFilterExpression {
        var parser = Parser(tokens: try tokenize(text), fields: fields)
        let expression = try parser.expression()
        guard parser.atEnd else { throw Failure(code: 6000, message: "Syntax error in $filter near '\(parser.peek ?? "")'.") }
        return expression
    }

    /// Whether `record` satisfies the expression.
    func matches(_ record: [String: VismaJSON]) -> Bool {
        switch self {
        case .and(let left, let right): return left.matches(record) && right.matches(record)
        case .or(let left, let right): return left.matches(record) || right.matches(record)
        case .comparison(let field, let op, let literal):
            let value = record[field] ?? .null
            let order: ComparisonResult?
            switch (literal, value) {
            case (.null, _): order = value == .null ? .orderedSame : .orderedDescending
            case (_, .null): order = nil
            case (.date(let date), .string(let text)): order = VismaTimestamp.parse(text).map { compare($0, date) }
            case (.number(let number), .number(let stored)): order = compare(stored, number)
            case (.string(let text), .string(let stored)): order = stored.compare(text)
            case (.string(let text), .number(let stored)): order = Decimal(string: text).map { compare(stored, $0) }
            case (.bool(let flag), .bool(let stored)): order = stored == flag ? .orderedSame : .orderedAscending
            default: order = nil
            }
            guard let order else { return op == .ne }
            switch op {
            case .eq: return order == .orderedSame
            case .ne: return order != .orderedSame
            case .gt: return order == .orderedDescending
            case .ge: return order != .orderedAscending
            case .lt: return order == .orderedAscending
            case .le: return order != .orderedDescending
            }
        }
    }

    private func compare<T: Comparable>(_ left: T, _ right: T) -> ComparisonResult {
        left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }

    private static func tokenize(_ text: String) throws(Failure) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inQuote = false
        for character in text {
            if inQuote {
                current.append(character)
                if character == "'" { inQuote = false }
            } else if character == "'" {
                current.append(character)
                inQuote = true
            } else if character == "(" || character == ")" {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(character))
            } else if character.isWhitespace {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        guard !inQuote else { throw Failure(code: 6000, message: "Unterminated string literal in $filter.") }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private struct Parser {
        var tokens: [String]
        var fields: Set<String>
        var position = 0

        var atEnd: Bool { position >= tokens.count }
        var peek: String? { atEnd ? nil : tokens[position] }

        mutating func next() -> String? {
            defer { position += 1 }
            return peek
        }

        mutating func expression() throws(Failure) -> VismaFilterExpression {
            var left = try conjunction()
            while peek?.lowercased() == "or" {
                position += 1
                left = .or(left, try conjunction())
            }
            return left
        }

        mutating func conjunction() throws(Failure) -> VismaFilterExpression {
            var left = try primary()
            while peek?.lowercased() == "and" {
                position += 1
                left = .and(left, try primary())
            }
            return left
        }

        mutating func primary() throws(Failure) -> VismaFilterExpression {
            if peek == "(" {
                position += 1
                let inner = try expression()
                guard next() == ")" else { throw Failure(code: 6000, message: "Missing ')' in $filter.") }
                return inner
            }
            guard let name = next(), let opText = next(), let literalText = next() else {
                throw Failure(code: 6000, message: "Incomplete $filter expression.")
            }
            guard let field = fields.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw Failure(code: 6000, message: "Could not find a property named '\(name)' to filter on.")
            }
            guard let op = Operator(rawValue: opText.lowercased()) else {
                throw Failure(code: 6000, message: "Unknown operator '\(opText)' in $filter.")
            }
            return .comparison(field: field, op: op, literal: try literal(literalText))
        }

        func literal(_ text: String) throws(Failure) -> Literal {
            if text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 {
                return .string(String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
            }
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: break
            }
            if text.count >= 10, text.dropFirst(4).first == "-" {
                guard let date = VismaTimestamp.parse(text) else {
                    throw Failure(code: 6001, message: "The value '\(text)' is not a valid date and time.")
                }
                return .date(date)
            }
            if let number = Decimal(string: text), text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
                return .number(number)
            }
            throw Failure(code: 6000, message: "The literal '\(text)' in $filter is not valid.")
        }
    }
}
