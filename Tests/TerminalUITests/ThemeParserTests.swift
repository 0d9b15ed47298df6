import Testing
import TerminalUI

struct ThemeParserTests {
    /// Parses `text` as `test.toml`, resolving `inherits` among the built-in themes only.
    private func parse(_ text: String) throws(ThemeError) -> Theme {
        try ThemeParser.parse(text, file: "test.toml", name: "test") { (base: String) throws(ThemeError) -> Theme in
            guard let theme = Theme.builtIn[base] else { throw ThemeError(file: "\(base).toml", message: "no such theme") }
            return theme
        }
    }

    private func error(parsing text: String) -> ThemeError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesNameDescriptionAndRoles() throws {
        let theme = try parse("""
            name = "Test"
            description = "For tests"
            [roles]
            "process.on" = "green bold"
            "text" = "white"
            """)
        #expect(theme.name == "test")
        #expect(theme.displayName == "Test")
        #expect(theme.summary == "For tests")
        #expect(theme.styles == [.processOn: RoleStyle(.indexed(2), [.bold]), .text: RoleStyle(.indexed(7))])
    }

    @Test func unquotedDottedKeysAndSubtablesMeanTheSameRoles() throws {
        let theme = try parse("""
            [roles]
            process.on = "blue"
            [roles.log]
            error = "red bold"
            """)
        #expect(theme.styles[.processOn] == RoleStyle(.indexed(4)))
        #expect(theme.styles[.logError] == RoleStyle(.indexed(1), [.bold]))
    }

    @Test func inheritsOverridesOnlyTheListedRoles() throws {
        let theme = try parse("""
            inherits = "default"
            [roles]
            "process.on" = "#5fafff bold"
            """)
        #expect(theme.style(for: .processOn) == RoleStyle(.rgb(0x5F, 0xAF, 0xFF), [.bold]))
        #expect(theme.style(for: .processError) == Theme.builtInDefault.style(for: .processError))
        #expect(theme.styles.count == Theme.builtInDefault.styles.count)
    }

    @Test func unsetRolesFallBackToTheirParentRole() throws {
        let theme = try parse("""
            [roles]
            "text" = "white"
            "title" = "yellow bold"
            """)
        #expect(theme.style(for: .titleFocused) == RoleStyle(.indexed(3), [.bold]))
        #expect(theme.style(for: .processOn) == RoleStyle(.indexed(7)))
    }

    @Test func tomlSyntaxErrorNamesFileAndLine() {
        let error = error(parsing: "[roles]\n\"text\" = \"white\n")
        #expect(error?.file == "test.toml")
        #expect(error?.key == nil)
        #expect(error?.message.contains("not valid TOML at line 2") == true)
    }

    @Test func unknownTopLevelKeyListsTheExpectedOnes() {
        let error = error(parsing: "colours = 1")
        #expect(error?.key == "colours")
        #expect(error?.message == "unknown key (expected name, description, inherits, roles)")
    }

    @Test func unknownRoleIsNamedWithTheKnownRoles() {
        let error = error(parsing: "[roles]\n\"proces.on\" = \"green\"")
        #expect(error?.key == "roles.proces.on")
        #expect(error?.message.hasPrefix("unknown role (expected one of: text, text.muted,") == true)
        #expect(error?.description.hasPrefix("test.toml: roles.proces.on: unknown role") == true)
    }

    @Test func badStyleValueNamesTheRoleAndWhatWasExpected() {
        let error = error(parsing: "[roles]\n\"process.on\" = \"gren bold\"")
        #expect(error?.key == "roles.process.on")
        #expect(error?.message.contains("unknown colour 'gren' (expected default, black, red") == true)
    }

    @Test func nonStringRoleValueIsRejected() {
        let error = error(parsing: "[roles]\n\"text\" = 7")
        #expect(error?.key == "roles.text")
        #expect(error?.message.hasPrefix("expected a string") == true)
    }

    @Test func rolesMustBeATable() {
        #expect(error(parsing: "roles = \"green\"")?.key == "roles")
    }

    @Test func metadataMustBeStrings() {
        #expect(error(parsing: "inherits = 3")?.key == "inherits")
        #expect(error(parsing: "inherits = 3")?.message == "expected a string")
        #expect(error(parsing: "name = true")?.key == "name")
    }

    @Test func emptyOrUnknownBaseThemeIsAnInheritsError() {
        #expect(error(parsing: "inherits = \"\"")?.key == "inherits")
        #expect(error(parsing: "inherits = \"solarized\"")?.file == "solarized.toml")
    }
}
