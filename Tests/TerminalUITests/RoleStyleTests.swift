import Testing
import TerminalUI

struct RoleStyleTests {
    @Test func parsesForegroundBackgroundAndAttributes() throws {
        #expect(try RoleStyle(parsing: "green bold") == RoleStyle(.indexed(2), [.bold]))
        #expect(try RoleStyle(parsing: "black on cyan") == RoleStyle(.indexed(0), on: .indexed(6)))
        #expect(try RoleStyle(parsing: "#ff8700 on color236 underline reverse")
            == RoleStyle(.rgb(255, 135, 0), on: .indexed(236), [.underline, .reverse]))
        #expect(try RoleStyle(parsing: "  bright-white   dim ") == RoleStyle(.indexed(15), [.dim]))
    }

    @Test func attributesAloneKeepTheDefaultForeground() throws {
        #expect(try RoleStyle(parsing: "bold underline") == RoleStyle(.terminalDefault, [.bold, .underline]))
        #expect(try RoleStyle(parsing: "on blue") == RoleStyle(.terminalDefault, on: .indexed(4)))
    }

    @Test func colourTokensCoverNamesIndicesAndHex() {
        #expect(ThemeColor(token: "default") == .terminalDefault)
        #expect(ThemeColor(token: "Bright-Magenta") == .indexed(13))
        #expect(ThemeColor(token: "color255") == .indexed(255))
        #expect(ThemeColor(token: "#0A0b0C") == .rgb(10, 11, 12))
        #expect(ThemeColor(token: "color256") == nil)
        #expect(ThemeColor(token: "#12345") == nil)
        #expect(ThemeColor(token: "grey") == nil)
    }

    @Test func errorsSayWhatWasExpected() {
        #expect(throws: RoleStyleSyntaxError.self) { try RoleStyle(parsing: "") }
        do {
            _ = try RoleStyle(parsing: "gren bold")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("unknown colour 'gren'"))
            #expect(error.message.contains("#rrggbb"))
        }
        #expect(message(for: "red on") == "expected a background colour after 'on'")
        #expect(message(for: "red on purple")?.contains("unknown background colour 'purple'") == true)
        #expect(message(for: "red blink") == "unknown attribute 'blink' (expected bold, dim, underline or reverse)")
    }

    private func message(for value: String) -> String? {
        do {
            _ = try RoleStyle(parsing: value)
            return nil
        } catch {
            return error.message
        }
    }
}
