import Dashboard
import Foundation
import Testing
import TestSupport

/// The README's key table is generated from the registry.
struct ReadmeKeyTableTests {
    /// Test the table between the README's key markers equals `markdownTable`; the failure shows what to paste.
    @Test func readmeKeyTableMatchesRegistry() throws {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- keys:end -->"))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        let expected = DashboardKeys.registry.markdownTable(scopeOrder: DashboardKeys.scopeOrder)
        #expect(table == expected, "paste this between the markers:\n\(expected)")
    }

    /// Test no key is bound twice in one scope.
    @Test func noConflicts() {
        #expect(DashboardKeys.registry.conflicts.isEmpty)
    }
}
