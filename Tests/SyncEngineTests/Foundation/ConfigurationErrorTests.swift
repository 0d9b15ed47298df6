import Foundation
import SyncEngine
import Testing
import TestSupport

/// A broken `config.toml` is refused with a message naming the file, the key and what was expected.
struct ConfigurationErrorTests {
    private let file = "/srv/ovsync/config.toml"

    private func refusal(of text: String) throws -> ConfigurationError {
        try #require(throws: ConfigurationError.self) { try ConfigurationFile.parse(text, file: file) }
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let text = """
            [processes.orders]
            enabled = true
            interval_seconds = = 30
            """
        let error = try refusal(of: text)
        #expect(error.file == file)
        #expect(error.key == nil)
        #expect(error.description.hasPrefix("\(file): line 3, column"), "\(error)")
    }

    @Test func unterminatedStringNamesItsLine() throws {
        let text = """
            [visma]

            client_id = "ovsync
            """
        let error = try refusal(of: text)
        #expect(error.description.contains("\(file): line 3"), "\(error)")
    }

    @Test func brokenIntervalNamesFileKeyAndExpectation() throws {
        let error = try refusal(of: ConfigurationFixtures.process("orders", "interval_seconds = \"soon\""))
        #expect(error.file == file)
        #expect(error.key == "processes.orders.interval_seconds")
        #expect(error.description == "\(file): processes.orders.interval_seconds: expected seconds between cycles (a whole number), found string \"soon\"")
    }

    @Test func wrongTypeForFlagNamesKeyAndTrueOrFalse() throws {
        let error = try refusal(of: ConfigurationFixtures.process("stock", "enabled = \"yes\""))
        #expect(error.key == "processes.stock.enabled")
        #expect(error.problem.hasPrefix("expected true or false, found"), "\(error)")
        #expect(error.description.contains(file))
    }

    @Test func wrongTypeForStringNamesKey() throws {
        let error = try refusal(of: "[ongoing]\nusername = 42\n")
        #expect(error.key == "ongoing.username")
        #expect(error.problem.hasPrefix("expected a string in quotes, found"), "\(error)")
    }

    @Test func scalarWhereTableBelongsNamesTheTable() throws {
        let error = try refusal(of: "visma = \"on\"\n")
        #expect(error.key == "visma")
        #expect(error.problem.hasPrefix("expected a table [visma]"), "\(error)")
    }

    @Test(arguments: [
        ("[processes.articles]\ninterval_seconds = 0", "processes.articles.interval_seconds", "expected seconds between cycles from 5 to 86400, found 0"),
        ("[processes.stock]\nfull_sweep_hours = 1000", "processes.stock.full_sweep_hours", "expected hours between full sweeps from 1 to 168, found 1000"),
        ("[visma]\nredirect_port = 70000", "visma.redirect_port", "expected a TCP port from 1 to 65535, found 70000"),
        ("[ongoing]\ngoods_owner_id = -1", "ongoing.goods_owner_id", "expected a goods owner id from 1 to 2147483647, found -1"),
        ("[processes.orders]\nstarted_status = 0", "processes.orders.started_status", "expected an Ongoing status number from 1 to 10000, found 0"),
    ])
    func outOfRangeNumberNamesKeyAndRange(text: String, key: String, problem: String) throws {
        let error = try refusal(of: text)
        #expect(error.key == key)
        #expect(error.problem == problem)
        #expect(error.description == "\(file): \(key): \(problem)")
    }

    @Test func unknownStockFigureListsTheChoices() throws {
        let error = try refusal(of: ConfigurationFixtures.process("stock", "figure = \"available\""))
        #expect(error.key == "processes.stock.figure")
        #expect(error.problem == "expected one of \"sellable\", \"physical\", found \"available\"")
    }

    @Test func unknownAdditionalFieldListsTheChoices() throws {
        let error = try refusal(of: ConfigurationFixtures.process("articles", "additional_fields = [\"note\", \"colour\"]"))
        #expect(error.key == "processes.articles.additional_fields")
        #expect(error.problem.contains("\"name_english\", \"gross_price\", \"stock_location\", \"note\""), "\(error)")
        #expect(error.problem.contains("colour"), "\(error)")
    }

    @Test(arguments: ["eaccountingapi.vismaonline.com/v2", "ftp://example.com/v2", "https://", "not a url"])
    func badURLNamesKeyAndExpectsHTTP(value: String) throws {
        let error = try refusal(of: "[visma]\napi_url = \"\(value)\"\n")
        #expect(error.key == "visma.api_url")
        #expect(error.problem == "expected an http(s) URL, found \"\(value)\"")
    }

    @Test func loadNamesTheFileOnDisk() throws {
        let home = try TemporaryHome()
        let file = try home.writeConfiguration("[processes.shipments]\nshipped_status = \"450\"\n")
        let error = try #require(throws: ConfigurationError.self) { try ConfigurationFile.load(from: file) }
        #expect(error.file == file.path)
        #expect(error.description.hasPrefix("\(file.path): processes.shipments.shipped_status: expected an Ongoing status number (a whole number)"), "\(error)")
    }

    @Test func fileThatIsNotUTF8IsRefusedNamingTheFile() throws {
        let home = try TemporaryHome()
        try FileManager.default.createDirectory(at: home.home.configDirectory, withIntermediateDirectories: true)
        try Data([0x5B, 0xFF, 0xFE, 0x5D]).write(to: home.home.configFile)
        let error = try #require(throws: ConfigurationError.self) { try ConfigurationFile.load(from: home.home.configFile) }
        #expect(error.file == home.home.configFile.path)
    }
}
