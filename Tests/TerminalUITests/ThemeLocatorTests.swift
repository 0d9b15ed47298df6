import Foundation
import Testing
import TerminalUI

/// A scratch folder tree for locator tests, removed when the test ends.
private final class ThemeTree {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ovsync-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `text` to `relativePath` under the root and returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let path = root + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

struct ThemeLocatorTests {
    @Test func standardOrderIsXDGThenPackageThemesThenShare() throws {
        let tree = try ThemeTree()
        try tree.write("repo/Themes/default.toml", "")
        let directories = ThemeLocator.standardDirectories(
            environment: ["XDG_CONFIG_HOME": tree.root + "/config", "HOME": "/home/x"],
            executablePath: tree.root + "/repo/.build/x86_64-unknown-linux-gnu/debug/ovsync")
        #expect(directories == [
            tree.root + "/config/ovsync/themes",
            tree.root + "/repo/Themes",
            tree.root + "/repo/.build/x86_64-unknown-linux-gnu/share/ovsync/themes",
        ])
    }

    @Test func homeConfigIsUsedWithoutXDGAndInstalledBinaryFindsShare() {
        let directories = ThemeLocator.standardDirectories(environment: ["HOME": "/home/x"], executablePath: "/nonexistent/usr/bin/ovsync")
        #expect(directories == ["/home/x/.config/ovsync/themes", "/nonexistent/usr/share/ovsync/themes"])
    }

    @Test func earlierDirectoriesWin() throws {
        let tree = try ThemeTree()
        try tree.write("user/light.toml", "[roles]\n\"text\" = \"red\"")
        try tree.write("repo/light.toml", "[roles]\n\"text\" = \"blue\"")
        let locator = ThemeLocator(searchDirectories: [tree.root + "/user", tree.root + "/repo"])
        #expect(try locator.load("light").style(for: .text) == RoleStyle(.indexed(1)))
    }

    @Test func explicitPathLoadsThatFile() throws {
        let tree = try ThemeTree()
        let path = try tree.write("elsewhere/mine.toml", "inherits = \"default\"\n[roles]\n\"text\" = \"bright-white\"")
        let theme = try ThemeLocator(searchDirectories: []).load(path)
        #expect(theme.name == "mine")
        #expect(theme.style(for: .text) == RoleStyle(.indexed(15)))
        #expect(theme.style(for: .processOn) == Theme.builtInDefault.style(for: .processOn))
    }

    @Test func defaultFallsBackToTheBuiltInThemeWhenNoFileExists() throws {
        let locator = ThemeLocator(searchDirectories: ["/nonexistent"])
        #expect(try locator.load(nil) == Theme.builtInDefault)
        #expect(try locator.load("monochrome") == Theme.builtInMonochrome)
    }

    @Test func noColourTerminalsGetTheMonochromeTheme() throws {
        let locator = ThemeLocator(searchDirectories: [])
        #expect(try locator.load("default", for: .monochrome).name == "monochrome")
        #expect(try locator.load("default", for: .ansi16).name == "default")
    }

    @Test func unknownThemeErrorNamesTheSearchedDirectories() {
        do {
            _ = try ThemeLocator(searchDirectories: ["/a", "/b"]).load("solarized")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "solarized.toml")
            #expect(error.message.contains("/a, /b"))
            #expect(error.message.contains("default, monochrome"))
        }
    }

    @Test func brokenFileErrorNamesThePath() throws {
        let tree = try ThemeTree()
        let path = try tree.write("themes/bad.toml", "[roles]\n\"selection\" = \"on\"")
        do {
            _ = try ThemeLocator(searchDirectories: [tree.root + "/themes"]).load("bad")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(path): roles.selection: expected a background colour after 'on'")
        }
    }

    @Test func inheritanceCycleIsReported() throws {
        let tree = try ThemeTree()
        try tree.write("t/a.toml", "inherits = \"b\"")
        try tree.write("t/b.toml", "inherits = \"a\"")
        do {
            _ = try ThemeLocator(searchDirectories: [tree.root + "/t"]).load("a")
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "inherits")
            #expect(error.message == "inheritance cycle: a → b → a")
        }
    }

    @Test func userThemeMayInheritTheThemeItOverrides() throws {
        let tree = try ThemeTree()
        try tree.write("user/default.toml", "inherits = \"default\"\n[roles]\n\"border\" = \"white\"")
        try tree.write("repo/default.toml", "inherits = \"default\"\n[roles]\n\"text\" = \"bright-white\"")
        let theme = try ThemeLocator(searchDirectories: [tree.root + "/user", tree.root + "/repo"]).load(nil)
        #expect(theme.style(for: .border) == RoleStyle(.indexed(7)))
        #expect(theme.style(for: .text) == RoleStyle(.indexed(15)))
        #expect(theme.style(for: .processOn) == Theme.builtInDefault.style(for: .processOn))
    }

    @Test func availableThemesListsFilesAndBuiltIns() throws {
        let tree = try ThemeTree()
        try tree.write("t/ocean.toml", "")
        try tree.write("t/notes.txt", "")
        #expect(ThemeLocator(searchDirectories: [tree.root + "/t"]).availableThemes() == ["default", "monochrome", "ocean"])
    }
}
