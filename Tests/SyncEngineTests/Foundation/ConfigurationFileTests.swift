import Foundation
import SyncEngine
import Testing
import TestSupport

/// Reading, defaulting and writing `config.toml`.
struct ConfigurationFileTests {
    @Test func missingFileGivesDefaults() throws {
        let folder = try TemporaryDirectory()
        let loaded = try ConfigurationFile.load(from: folder.file("config.toml"))
        #expect(loaded.configuration == Configuration())
        #expect(loaded.warnings.isEmpty)
    }

    @Test func defaultsSwitchEveryProcessOnWithDocumentedIntervalsAndThresholds() {
        let defaults = Configuration()
        for process in ProcessName.allCases {
            #expect(defaults.schedule(of: process).enabled, "\(process) should be on by default")
        }
        #expect(defaults.articles.schedule.intervalSeconds == 300)
        #expect(defaults.orders.schedule.intervalSeconds == 60)
        #expect(defaults.shipments.schedule.intervalSeconds == 60)
        #expect(defaults.stock.schedule.intervalSeconds == 300)
        #expect(defaults.orders.startedStatus == 300)
        #expect(defaults.shipments.shippedStatus == 450)
        #expect(defaults.shipments.backorderOnShortShipment == false)
        #expect(defaults.stock.figure == .sellable)
        #expect(defaults.stock.fullSweepHours == 6)
        #expect(defaults.articles.additionalFields.isEmpty)
        #expect(defaults.visma.apiURL.absoluteString == "https://eaccountingapi.vismaonline.com/v2")
        #expect(defaults.visma.identityURL.absoluteString == "https://identity.vismaonline.com")
        #expect(defaults.visma.redirectPort == 53682)
        #expect(defaults.visma.clientID == nil)
        #expect(defaults.ongoing.apiURL == nil)
        #expect(defaults.ongoing.goodsOwnerID == nil)
    }

    @Test func emptyFileGivesDefaults() throws {
        let loaded = try ConfigurationFile.parse("", file: "/home/config.toml")
        #expect(loaded.configuration == Configuration())
        #expect(loaded.warnings.isEmpty)
    }

    @Test func validFileSetsEverySetting() throws {
        let loaded = try ConfigurationFile.parse(ConfigurationFixtures.everySettingChanged, file: "/home/config.toml")
        let configuration = loaded.configuration
        #expect(loaded.warnings.isEmpty)
        #expect(configuration.visma.apiURL.absoluteString == "http://127.0.0.1:8001/v2")
        #expect(configuration.visma.identityURL.absoluteString == "http://127.0.0.1:8002")
        #expect(configuration.visma.clientID == "ovsync-test")
        #expect(configuration.visma.redirectPort == 50123)
        #expect(configuration.ongoing.apiURL?.absoluteString == "http://127.0.0.1:8003/demo/api/v1")
        #expect(configuration.ongoing.username == "WSI-test")
        #expect(configuration.ongoing.goodsOwnerID == 159)
        #expect(configuration.ongoing.directoryURL?.absoluteString == "http://127.0.0.1:8004/directory")
        #expect(configuration.articles.schedule == ProcessSchedule(enabled: false, intervalSeconds: 120))
        #expect(configuration.articles.additionalFields == [.nameEnglish, .note])
        #expect(configuration.orders.schedule == ProcessSchedule(enabled: true, intervalSeconds: 30))
        #expect(configuration.orders.startedStatus == 350)
        #expect(configuration.shipments.schedule == ProcessSchedule(enabled: false, intervalSeconds: 90))
        #expect(configuration.shipments.shippedStatus == 500)
        #expect(configuration.shipments.backorderOnShortShipment)
        #expect(configuration.stock.schedule == ProcessSchedule(enabled: true, intervalSeconds: 600))
        #expect(configuration.stock.fullSweepHours == 12)
        #expect(configuration.stock.figure == .physical)
    }

    @Test func partialFileKeepsDefaultsForWhatItLeavesOut() throws {
        let loaded = try ConfigurationFile.parse(ConfigurationFixtures.process("orders", "enabled = false"), file: "/home/config.toml")
        var expected = Configuration()
        expected.orders.schedule.enabled = false
        #expect(loaded.configuration == expected)
    }

    @Test func unknownKeysWarnWithFileAndDottedKeyButDoNotFail() throws {
        let text = """
            colour = "blue"
            [visma]
            client_id = "x"
            clientid = "typo"
            [processes.orders]
            interval_secs = 30
            [processes.stock]
            figure = "physical"
            [processes.returns]
            enabled = true
            """
        let loaded = try ConfigurationFile.parse(text, file: "/home/config.toml")
        #expect(loaded.configuration.visma.clientID == "x")
        #expect(loaded.configuration.stock.figure == .physical)
        #expect(Set(loaded.warnings) == [
            "/home/config.toml: unknown key colour (ignored)",
            "/home/config.toml: unknown key visma.clientid (ignored)",
            "/home/config.toml: unknown key processes.orders.interval_secs (ignored)",
            "/home/config.toml: unknown key processes.returns (ignored)",
        ])
    }

    @Test func renderedDefaultsParseBackToDefaults() throws {
        let text = ConfigurationFile.render(Configuration())
        let loaded = try ConfigurationFile.parse(text, file: "/home/config.toml")
        #expect(loaded.configuration == Configuration())
        #expect(loaded.warnings.isEmpty)
    }

    @Test func renderedSettingsParseBackUnchanged() throws {
        var configuration = try ConfigurationFile.parse(ConfigurationFixtures.everySettingChanged, file: "/home/config.toml").configuration
        configuration.ongoing.username = "name with \"quotes\", a \\ and\ta tab"
        let loaded = try ConfigurationFile.parse(ConfigurationFile.render(configuration), file: "/home/config.toml")
        #expect(loaded.configuration == configuration)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func renderedFileHoldsDocumentedSectionsAndKeys() {
        let text = ConfigurationFile.render(Configuration())
        for line in ["[visma]", "[ongoing]", "[processes.articles]", "[processes.orders]", "[processes.shipments]", "[processes.stock]",
                     "api_url = \"https://eaccountingapi.vismaonline.com/v2\"", "redirect_port = 53682", "enabled = true",
                     "interval_seconds = 60"] {
            #expect(text.contains(line), "rendered config.toml lacks \(line)")
        }
    }

    @Test func saveWritesOwnerOnlyFileThatLoadsBack() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("config.toml")
        var configuration = Configuration()
        configuration.stock.schedule.enabled = false
        try ConfigurationFile.save(configuration, to: file)
        #expect(try FilePermissions.mode(of: file) == 0o600)
        #expect(try ConfigurationFile.load(from: file).configuration == configuration)
    }
}
