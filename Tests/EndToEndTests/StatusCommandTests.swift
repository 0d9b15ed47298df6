import Foundation
import Testing
import TestSupport

/// `ovsync status` against real homes.
struct StatusCommandTests {
    @Test func jsonOnAnEmptyHomePrintsTheDocumentedKeys() async throws {
        let home = try TemporaryHome()
        let result = try await OvsyncBinary.run(["status", "--json"], home: home)
        #expect(result.succeeded, "\(result)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any], "\(result)")
        #expect(Set(json.keys).isSuperset(of: ["visma", "ongoing", "processes", "orders", "parked"]))
        let visma = try #require(json["visma"] as? [String: Any])
        #expect(Set(visma.keys).isSuperset(of: ["connected", "company", "needsReauthorization"]))
        #expect(visma["connected"] as? Bool == false)
        let ongoing = try #require(json["ongoing"] as? [String: Any])
        #expect(Set(ongoing.keys).isSuperset(of: ["connected", "warehouse", "goodsOwnerId"]))
        let processes = try #require(json["processes"] as? [[String: Any]])
        #expect(processes.compactMap { $0["name"] as? String } == ["articles", "orders", "shipments", "stock"])
        for process in processes {
            #expect(Set(process.keys).isSuperset(of: ["name", "enabled", "state", "lastRunAt", "nextRunAt", "lastError", "synced", "failed", "parked"]))
            #expect(process["enabled"] as? Bool == true)
            #expect(process["state"] as? String == "idle")
        }
        #expect((json["orders"] as? [Any])?.count == 0)
        #expect((json["parked"] as? [Any])?.count == 0)
    }

    @Test func homeOptionWorksLikeTheEnvironmentVariable() async throws {
        let home = try TemporaryHome()
        let elsewhere = try TemporaryHome()
        let result = try await OvsyncBinary.run(["status", "--json", "--home", home.path], home: elsewhere)
        #expect(result.succeeded, "\(result)")
        #expect(FileManager.default.fileExists(atPath: home.home.stateDatabase.path))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.home.stateDatabase.path))
    }

    @Test func textStatusNamesBothConnections() async throws {
        let home = try TemporaryHome()
        let result = try await OvsyncBinary.run(["status"], home: home)
        #expect(result.succeeded, "\(result)")
        #expect(result.output.contains("Visma:"))
        #expect(result.output.contains("Ongoing:"))
    }

    @Test func brokenConfigExitsOneNamingFileAndKey() async throws {
        let home = try TemporaryHome()
        let file = try home.writeConfiguration(ConfigurationFixtures.process("orders", "interval_seconds = \"soon\""))
        for arguments in [["status"], ["status", "--json"]] {
            let result = try await OvsyncBinary.run(arguments, home: home)
            #expect(result.exitCode == 1 && !result.signalled, "\(result)")
            #expect(result.errorOutput.contains(file.path), "\(result)")
            #expect(result.errorOutput.contains("processes.orders.interval_seconds"), "\(result)")
            #expect(result.errorOutput.contains("expected seconds between cycles"), "\(result)")
            #expect(result.output.isEmpty, "\(result)")
        }
    }

    @Test func configSyntaxErrorExitsOneNamingFileAndLine() async throws {
        let home = try TemporaryHome()
        let file = try home.writeConfiguration("[visma]\nclient_id = \"unterminated\n")
        let result = try await OvsyncBinary.run(["status"], home: home)
        #expect(result.exitCode == 1 && !result.signalled, "\(result)")
        #expect(result.errorOutput.contains("\(file.path): line 2"), "\(result)")
    }

    @Test func unknownConfigKeyWarnsOnStderrAndStillReports() async throws {
        let home = try TemporaryHome()
        let file = try home.writeConfiguration(ConfigurationFixtures.process("orders", "colour = \"blue\""))
        let result = try await OvsyncBinary.run(["status", "--json"], home: home)
        #expect(result.succeeded, "\(result)")
        #expect(result.errorOutput.contains("warning: \(file.path): unknown key processes.orders.colour"), "\(result)")
        #expect(try JSONSerialization.jsonObject(with: result.standardOutput) is [String: Any])
    }
}
