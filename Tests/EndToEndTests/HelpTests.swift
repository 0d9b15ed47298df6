import Foundation
import Testing
import TestSupport

/// `ovsync --help` documents the whole command line of DESIGN.md §4.
struct HelpTests {
    @Test func helpListsEverySubcommand() async throws {
        let result = try await OvsyncBinary.run(["--help"])
        #expect(result.succeeded, "\(result)")
        let lines = result.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let subcommands = try #require(lines.firstIndex(of: "SUBCOMMANDS:"), "\(result)")
        let listed = Set(lines[subcommands...].compactMap { $0.split(separator: " ").first.map(String.init) })
        for name in ["dashboard", "demo", "setup", "run", "status", "process", "sync", "connect", "sandbox"] {
            #expect(listed.contains(name), "--help does not list \(name)")
        }
    }

    @Test func processHelpListsEnableAndDisable() async throws {
        let result = try await OvsyncBinary.run(["process", "--help"])
        #expect(result.succeeded, "\(result)")
        #expect(result.output.contains("enable"))
        #expect(result.output.contains("disable"))
    }

    @Test func statusHelpDocumentsHomeAndJSON() async throws {
        let result = try await OvsyncBinary.run(["status", "--help"])
        #expect(result.succeeded, "\(result)")
        #expect(result.output.contains("--home"))
        #expect(result.output.contains("--json"))
    }
}
