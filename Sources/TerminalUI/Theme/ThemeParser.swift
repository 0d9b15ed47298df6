import TOMLKit

/// Reads a theme file: optional `name`/`description`, `inherits = "base"`, and a `[roles]` table of
/// `"role.name" = "FG [on BG] [attributes]"`.
public enum ThemeParser {
    /// Top-level keys a theme file may contain.
    public static let topLevelKeys = ["name", "description", "inherits", "roles"]

    /// Parses `text` from `file` (named `name`), asking `base` for the theme it inherits from.
    ///
    /// A theme without `inherits` starts empty, so its unset roles fall back along role parents
    /// to `text`; with `inherits` its roles override the base's.
    public static func parse(
        _ text: String, file: String, name: String,
        base: (String) throws(ThemeError) -> Theme
    ) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(
                file: file,
                message: "not valid TOML at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        } catch {
            throw ThemeError(file: file, message: "not valid TOML: \(error)")
        }
        for key in table.keys where !topLevelKeys.contains(key) {
            throw ThemeError(file: file, key: key, message: "unknown key (expected \(topLevelKeys.joined(separator: ", ")))")
        }
        for key in ["name", "description", "inherits"] where table[key] != nil && table[key]?.string == nil {
            throw ThemeError(file: file, key: key, message: "expected a string")
        }
        var start = Theme(name: name, styles: [:])
        if let inherits = table["inherits"]?.string {
            guard !inherits.isEmpty else {
                throw ThemeError(file: file, key: "inherits", message: "expected the name of a theme, got an empty string")
            }
            start = try base(inherits)
        }
        return start.overriding(
            try roles(in: table, file: file), name: name, displayName: table["name"]?.string,
            summary: table["description"]?.string)
    }

    /// The `[roles]` table as styles, rejecting unknown roles and malformed values.
    private static func roles(in table: TOMLTable, file: String) throws(ThemeError) -> [StyleRole: RoleStyle] {
        guard let entry = table["roles"] else { return [:] }
        guard let roles = entry.table else {
            throw ThemeError(file: file, key: "roles", message: "expected a table of role = \"style\" entries")
        }
        var styles: [StyleRole: RoleStyle] = [:]
        try collect(roles, prefix: "", file: file, into: &styles)
        return styles
    }

    /// Reads role entries; nested tables come from unquoted dotted keys (`process.on = …`), so
    /// they are walked with the dotted prefix and mean the same as the quoted form.
    private static func collect(
        _ table: TOMLTable, prefix: String, file: String, into styles: inout [StyleRole: RoleStyle]
    ) throws(ThemeError) {
        for key in table.keys {
            let name = prefix + key
            let qualified = "roles.\(name)"
            if let nested = table[key]?.table {
                try collect(nested, prefix: name + ".", file: file, into: &styles)
                continue
            }
            guard let role = StyleRole(name: name) else {
                let known = StyleRole.allCases.map(\.name).joined(separator: ", ")
                throw ThemeError(file: file, key: qualified, message: "unknown role (expected one of: \(known))")
            }
            guard let value = table[key]?.string else {
                throw ThemeError(file: file, key: qualified, message: "expected a string such as \"green bold\" or \"black on cyan\"")
            }
            do {
                styles[role] = try RoleStyle(parsing: value)
            } catch {
                throw ThemeError(file: file, key: qualified, message: error.message)
            }
        }
    }
}
