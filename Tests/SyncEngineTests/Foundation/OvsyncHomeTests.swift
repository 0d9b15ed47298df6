import Foundation
import SyncEngine
import Testing
import TestSupport

/// Where a home is: `--home`, else `OVSYNC_HOME`, else XDG, else the XDG defaults under `HOME`.
struct OvsyncHomeTests {
    private let everything = [
        "HOME": "/users/ada",
        "OVSYNC_HOME": "/env/ovsync",
        "XDG_CONFIG_HOME": "/xdg/config",
        "XDG_STATE_HOME": "/xdg/state",
    ]

    private func without(_ keys: String...) -> [String: String] {
        everything.filter { !keys.contains($0.key) }
    }

    @Test func explicitHomeWinsOverEverything() {
        let home = OvsyncHome.resolve(explicit: "/cli/home", environment: everything)
        #expect(home.configDirectory.path == "/cli/home")
        #expect(home.stateDirectory.path == "/cli/home")
    }

    @Test func environmentHomeWinsOverXDG() {
        let home = OvsyncHome.resolve(explicit: nil, environment: everything)
        #expect(home == OvsyncHome(directory: URL(fileURLWithPath: "/env/ovsync")))
    }

    @Test func emptyExplicitAndEnvironmentValuesAreIgnored() {
        var environment = everything
        environment["OVSYNC_HOME"] = ""
        let home = OvsyncHome.resolve(explicit: "", environment: environment)
        #expect(home.configDirectory.path == "/xdg/config/ovsync")
    }

    @Test func xdgFoldersSplitConfigFromState() {
        let home = OvsyncHome.resolve(explicit: nil, environment: without("OVSYNC_HOME"))
        #expect(home.configDirectory.path == "/xdg/config/ovsync")
        #expect(home.stateDirectory.path == "/xdg/state/ovsync")
        #expect(home.configFile.path == "/xdg/config/ovsync/config.toml")
        #expect(home.secretsFile.path == "/xdg/config/ovsync/secrets.json")
        #expect(home.stateDatabase.path == "/xdg/state/ovsync/state.sqlite")
        #expect(home.lockFile.path == "/xdg/state/ovsync/ovsync.lock")
        #expect(home.logsDirectory.path == "/xdg/state/ovsync/logs")
        #expect(home.displayPath == "/xdg/state/ovsync")
    }

    @Test func missingXDGVariablesFallBackToFoldersUnderHome() {
        let home = OvsyncHome.resolve(explicit: nil, environment: without("OVSYNC_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"))
        #expect(home.configDirectory.path == "/users/ada/.config/ovsync")
        #expect(home.stateDirectory.path == "/users/ada/.local/state/ovsync")
    }

    @Test func eachXDGVariableFallsBackOnItsOwn() {
        let home = OvsyncHome.resolve(explicit: nil, environment: without("OVSYNC_HOME", "XDG_STATE_HOME"))
        #expect(home.configDirectory.path == "/xdg/config/ovsync")
        #expect(home.stateDirectory.path == "/users/ada/.local/state/ovsync")
    }

    @Test func tildeExpandsToHome() {
        #expect(OvsyncHome.resolve(explicit: "~/ovsync", environment: everything).configDirectory.path == "/users/ada/ovsync")
        #expect(OvsyncHome.resolve(explicit: nil, environment: ["HOME": "/users/ada", "OVSYNC_HOME": "~/env"]).stateDirectory.path == "/users/ada/env")
    }

    @Test func singleFolderHomeKeepsEverythingTogether() {
        let home = OvsyncHome(directory: URL(fileURLWithPath: "/srv/ovsync/"))
        #expect(home.configFile.path == "/srv/ovsync/config.toml")
        #expect(home.stateDatabase.path == "/srv/ovsync/state.sqlite")
        #expect(home.displayPath == "/srv/ovsync")
    }

    @Test func createMakesOwnerOnlyFolders() throws {
        let folder = try TemporaryDirectory()
        let home = OvsyncHome.resolve(explicit: nil, environment: ["HOME": folder.path])
        try home.create()
        for directory in [home.configDirectory, home.stateDirectory, home.logsDirectory] {
            #expect(try FilePermissions.mode(of: directory) == 0o700, "\(directory.path)")
        }
    }

    @Test func createTightensAnExistingOpenFolder() throws {
        let folder = try TemporaryDirectory()
        let home = OvsyncHome(directory: folder.file("home"))
        try FileManager.default.createDirectory(at: home.configDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        try home.create()
        #expect(try FilePermissions.mode(of: home.configDirectory) == 0o700)
        #expect(try FilePermissions.mode(of: home.logsDirectory) == 0o700)
    }
}
