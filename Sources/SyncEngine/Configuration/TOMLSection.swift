import Foundation
import TOMLKit

/// Reads typed values out of one TOML table, remembering which keys were read so that the
/// rest can be reported as unknown, and naming the full dotted key in every error.
struct TOMLSection {
    let table: TOMLTable
    let path: String
    let file: String
    private(set) var readKeys: Set<String> = []
    private(set) var children: [TOMLSection] = []

    init(table: TOMLTable, path: String, file: String) {
        self.table = table
        self.path = path
        self.file = file
    }

    private func dotted(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func fail(_ key: String, expected: String, found value: any TOMLValueConvertible) -> ConfigurationError {
        ConfigurationError(file: file, key: dotted(key), problem: "expected \(expected), found \(value.type) \(value.debugDescription)")
    }

    mutating func section(_ key: String) throws -> TOMLSection? {
        readKeys.insert(key)
        guard let value = table[key] else { return nil }
        guard let child = value.table else { throw fail(key, expected: "a table [\(dotted(key))]", found: value) }
        return TOMLSection(table: child, path: dotted(key), file: file)
    }

    /// Records a child section that was read, so its unknown keys are reported too.
    mutating func adopt(_ child: TOMLSection) {
        children.append(child)
    }

    mutating func string(_ key: String) throws -> String? {
        readKeys.insert(key)
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw fail(key, expected: "a string in quotes", found: value) }
        return string
    }

    mutating func url(_ key: String) throws -> URL? {
        guard let text = try string(key) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()), url.host != nil else {
            throw ConfigurationError(file: file, key: dotted(key), problem: "expected an http(s) URL, found \"\(text)\"")
        }
        return url
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>, meaning: String) throws -> Int? {
        readKeys.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw fail(key, expected: "\(meaning) (a whole number)", found: value) }
        guard range.contains(number) else {
            throw ConfigurationError(file: file, key: dotted(key), problem: "expected \(meaning) from \(range.lowerBound) to \(range.upperBound), found \(number)")
        }
        return number
    }

    mutating func bool(_ key: String) throws -> Bool? {
        readKeys.insert(key)
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw fail(key, expected: "true or false", found: value) }
        return flag
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, of: Choice.Type) throws -> Choice? where Choice.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let options = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw ConfigurationError(file: file, key: dotted(key), problem: "expected one of \(options), found \"\(text)\"")
        }
        return choice
    }

    mutating func choices<Choice: RawRepresentable & CaseIterable>(_ key: String, of: Choice.Type) throws -> [Choice]? where Choice.RawValue == String {
        readKeys.insert(key)
        guard let value = table[key] else { return nil }
        let options = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard let array = value.array else { throw fail(key, expected: "a list of \(options)", found: value) }
        return try array.map { element in
            guard let text = element.string, let choice = Choice(rawValue: text) else {
                throw ConfigurationError(file: file, key: dotted(key), problem: "expected each entry to be one of \(options), found \(element.debugDescription)")
            }
            return choice
        }
    }

    /// Dotted names of keys present in this section or its adopted children that nobody read.
    var unknownKeys: [String] {
        let here = table.keys.filter { !readKeys.contains($0) }.map(dotted)
        return here + children.flatMap(\.unknownKeys)
    }
}
