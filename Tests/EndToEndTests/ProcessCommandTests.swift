import Foundation
import SyncEngine
import Testing
import TestSupport

/// `ovsync process enable|disable` switches a process persistently.
struct ProcessCommandTests {
    private func processes(in home: TemporaryHome) async throws -> [String: [String: Any]] {
        let result = try await OvsyncBinary.run(["status", "--json"], home: home)
        #expect(result.succeeded, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any], "\(result)")
        let list = try #require(json["processes"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.compactMap { entry in (entry["name"] as? String).map { ($0, entry) } })
    }

    /// The lines of `[processes.NAME]` in `text`, up to the next table header.
    private func section(_ name: String, of text: String) -> [String] {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(of: "[processes.\(name)]") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("[") })
    }

    @Test func disablingOrdersShowsInStatusAndConfig() async throws {
        let home = try TemporaryHome()
        let disable = try await OvsyncBinary.run(["process", "disable", "orders"], home: home)
        #expect(disable.succeeded, "\(disable)")
        #expect(disable.output == "orders: off\n")

        let processes = try await processes(in: home)
        #expect(processes["orders"]?["enabled"] as? Bool == false)
        #expect(processes["orders"]?["state"] as? String == "disabled")
        for other in ["articles", "shipments", "stock"] {
            #expect(processes[other]?["enabled"] as? Bool == true, "\(other) must stay on")
        }

        let config = try home.configurationText()
        #expect(section("orders", of: config).contains("enabled = false"), "\(config)")
        #expect(section("articles", of: config).contains("enabled = true"), "\(config)")
        #expect(try ConfigurationFile.parse(config, file: home.home.configFile.path).configuration.orders.schedule.enabled == false)
    }

    @Test func enablingAgainSwitchesItBackOn() async throws {
        let home = try TemporaryHome()
        #expect(try await OvsyncBinary.run(["process", "disable", "stock"], home: home).succeeded)
        let enable = try await OvsyncBinary.run(["process", "enable", "stock"], home: home)
        #expect(enable.succeeded, "\(enable)")
        #expect(enable.output == "stock: on\n")
        let processes = try await processes(in: home)
        #expect(processes["stock"]?["enabled"] as? Bool == true)
        #expect(processes["stock"]?["state"] as? String == "idle")
        #expect(section("stock", of: try home.configurationText()).contains("enabled = true"))
    }

    @Test func disablingKeepsOtherSettingsOfTheFile() async throws {
        let home = try TemporaryHome()
        try home.writeConfiguration(ConfigurationFixtures.everySettingChanged)
        #expect(try await OvsyncBinary.run(["process", "disable", "orders"], home: home).succeeded)
        let configuration = try ConfigurationFile.load(from: home.home.configFile).configuration
        var expected = try ConfigurationFile.parse(ConfigurationFixtures.everySettingChanged, file: "x").configuration
        expected.orders.schedule.enabled = false
        #expect(configuration == expected)
    }

    @Test func unknownProcessNameIsRefused() async throws {
        let home = try TemporaryHome()
        let result = try await OvsyncBinary.run(["process", "disable", "invoices"], home: home)
        #expect(!result.succeeded)
        #expect(result.exitCode != 0)
        #expect(!FileManager.default.fileExists(atPath: home.home.configFile.path))
    }
}
