import Foundation
import SyncEngine
import Testing
import TestSupport

/// Opening a home and switching processes, as the commands do.
struct WorkspaceTests {
    @Test func openingAnEmptyHomeCreatesTheDatabaseButNoConfigFile() throws {
        let home = try TemporaryHome()
        let workspace = try home.openWorkspace()
        #expect(workspace.configuration == Configuration())
        #expect(FileManager.default.fileExists(atPath: home.home.stateDatabase.path))
        #expect(!FileManager.default.fileExists(atPath: home.home.configFile.path))
    }

    @Test func brokenConfigStopsTheWorkspaceFromOpening() throws {
        let home = try TemporaryHome()
        try home.writeConfiguration(ConfigurationFixtures.process("orders", "interval_seconds = 1"))
        let error = try #require(throws: ConfigurationError.self) { try home.openWorkspace() }
        #expect(error.file == home.home.configFile.path)
        #expect(error.key == "processes.orders.interval_seconds")
    }

    @Test func unknownKeysBecomeWarningsOfTheWorkspace() throws {
        let home = try TemporaryHome()
        try home.writeConfiguration(ConfigurationFixtures.process("orders", "colour = 1"))
        #expect(try home.openWorkspace().configurationWarnings == ["\(home.home.configFile.path): unknown key processes.orders.colour (ignored)"])
    }

    @Test func disablingAProcessPersistsInConfigAndState() throws {
        let home = try TemporaryHome()
        try home.writeConfiguration(ConfigurationFixtures.process("stock", "figure = \"physical\""))
        let workspace = try home.openWorkspace()
        try workspace.setProcess(.orders, enabled: false)

        let reloaded = try ConfigurationFile.load(from: home.home.configFile).configuration
        #expect(reloaded.orders.schedule.enabled == false)
        #expect(reloaded.articles.schedule.enabled)
        #expect(reloaded.stock.figure == .physical, "other settings must survive the rewrite")
        let record = try #require(try workspace.store.read { try $0.processState(.primary, .orders) })
        #expect(record.enabled == false)
        #expect(record.state == .disabled)
        let events = try workspace.store.read { try $0.events(.primary, entity: .process, key: "orders", limit: 5) }
        #expect(events.map(\.message) == ["switched off"])
    }

    @Test func enablingAgainReturnsTheProcessToIdle() throws {
        let home = try TemporaryHome()
        let workspace = try home.openWorkspace()
        try workspace.setProcess(.shipments, enabled: false)
        try workspace.setProcess(.shipments, enabled: true)
        let record = try #require(try workspace.store.read { try $0.processState(.primary, .shipments) })
        #expect(record.enabled)
        #expect(record.state == .idle)
        #expect(try workspace.reloadConfiguration().shipments.schedule.enabled)
    }
}
