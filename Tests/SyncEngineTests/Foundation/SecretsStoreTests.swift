import Foundation
import Synchronization
import SyncEngine
import Testing
import TestSupport

/// The secrets store: owner-only, replaced whole on every write, kept per connection.
struct SecretsStoreTests {
    private func store(in home: TemporaryHome) throws -> SecretsStore {
        try home.home.create()
        return SecretsStore(file: home.home.secretsFile)
    }

    @Test func storeIsEmptyUntilTheFirstWriteAndCreatesNoFile() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        #expect(try secrets.secrets() == ConnectionSecrets())
        #expect(!FileManager.default.fileExists(atPath: home.home.secretsFile.path))
    }

    @Test func storedSecretsReadBackThroughANewStore() throws {
        let home = try TemporaryHome()
        let expiry = FixedDates.reference
        try store(in: home).update { secrets in
            secrets.ongoingPassword = "pa55"
            secrets.vismaClientSecret = "client-secret"
            secrets.vismaAccessToken = "access"
            secrets.vismaRefreshToken = "refresh"
            secrets.vismaAccessTokenExpiresAt = expiry
        }
        let read = try SecretsStore(file: home.home.secretsFile).secrets()
        #expect(read.ongoingPassword == "pa55")
        #expect(read.vismaClientSecret == "client-secret")
        #expect(read.vismaAccessToken == "access")
        #expect(read.vismaRefreshToken == "refresh")
        #expect(read.vismaAccessTokenExpiresAt == expiry)
    }

    @Test func fileIsOwnerOnlyAfterEveryWrite() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        for round in 1...3 {
            try secrets.update { $0.vismaAccessToken = "token-\(round)" }
            #expect(try FilePermissions.mode(of: home.home.secretsFile) == 0o600, "after write \(round)")
            // Someone loosens the mode; the next write must tighten it again.
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: home.home.secretsFile.path)
        }
        try secrets.update { $0.vismaAccessToken = "final" }
        #expect(try FilePermissions.mode(of: home.home.secretsFile) == 0o600)
    }

    @Test func connectionsKeepTheirOwnSecrets() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        try secrets.update(.primary) { $0.ongoingPassword = "primary-password" }
        try secrets.update(StateRecordFixtures.otherConnection) { $0.ongoingPassword = "other-password" }
        #expect(try secrets.secrets(for: .primary).ongoingPassword == "primary-password")
        #expect(try secrets.secrets(for: StateRecordFixtures.otherConnection).ongoingPassword == "other-password")
        #expect(try secrets.secrets(for: ConnectionID(rawValue: "unknown")) == ConnectionSecrets())
    }

    @Test func updateChangesOnlyWhatTheChangeTouches() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        try secrets.update { $0.ongoingPassword = "kept"; $0.vismaRefreshToken = "old" }
        let returned = try secrets.update { $0.vismaRefreshToken = "rotated" }
        #expect(returned.ongoingPassword == "kept")
        #expect(returned.vismaRefreshToken == "rotated")
        #expect(try secrets.secrets() == returned)
    }

    @Test func writeReplacesTheFileWholeRatherThanRewritingItInPlace() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        try secrets.update { $0.vismaAccessToken = String(repeating: "long-token-", count: 500) }
        let before = try FileIdentity(home.home.secretsFile)
        try secrets.update { $0.vismaAccessToken = "short" }
        let after = try FileIdentity(home.home.secretsFile)
        #expect(before.inode != after.inode, "the file was rewritten in place, so a crash could leave it half written")
        let text = try String(contentsOf: home.home.secretsFile, encoding: .utf8)
        #expect(!text.contains("long-token"))
        #expect(try secrets.secrets().vismaAccessToken == "short")
    }

    @Test func leftoverTemporaryFileFromACrashDoesNotSpoilTheNextWrite() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        try secrets.update { $0.ongoingPassword = "before" }
        let folder = home.home.configDirectory
        // What a writer killed between creating and renaming its temporary file leaves behind.
        for name in [".secrets.json.\(getpid()).tmp", ".secrets.json.99999.tmp"] {
            try Data("{\"version\": 1, \"connections\": {\"default\": {\"ongoingPassword\": \"half".utf8)
                .write(to: folder.appendingPathComponent(name))
        }
        #expect(try secrets.secrets().ongoingPassword == "before")
        try secrets.update { $0.ongoingPassword = "after" }
        #expect(try SecretsStore(file: home.home.secretsFile).secrets().ongoingPassword == "after")
        #expect(try FilePermissions.mode(of: home.home.secretsFile) == 0o600)
    }

    @Test func readerNeverSeesAPartialFile() async throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        try secrets.update { $0.vismaAccessToken = "start" }
        let file = home.home.secretsFile
        let writes = 150
        let reader = Task.detached { () -> [String] in
            var problems: [String] = []
            var reads = 0
            while !Task.isCancelled || reads == 0 {
                reads += 1
                let data = (try? Data(contentsOf: file)) ?? Data()
                if (try? JSONSerialization.jsonObject(with: data)) == nil {
                    problems.append("read \(reads) saw \(data.count) bytes that are not JSON")
                }
            }
            return problems
        }
        for round in 0..<writes {
            try secrets.update { $0.vismaAccessToken = String(repeating: "t", count: (round * 97) % 4000) }
        }
        reader.cancel()
        #expect(await reader.value == [])
    }

    /// Runs `updates` secret writes at once on plain threads, `store(i)` choosing the store of write `i`.
    private func writeConcurrently(_ updates: Int, through store: (Int) -> SecretsStore) -> [String] {
        let stores = (0..<updates).map(store)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: updates) { index in
            do {
                try stores[index].update(ConnectionID(rawValue: "c\(index)")) { $0.ongoingPassword = "p\(index)" }
            } catch {
                failures.append("write \(index): \(error)")
            }
        }
        return failures.all
    }

    @Test func concurrentUpdatesThroughOneStoreAreAllKept() throws {
        let home = try TemporaryHome()
        let secrets = try store(in: home)
        #expect(writeConcurrently(60) { _ in secrets } == [])
        for index in 0..<60 {
            #expect(try secrets.secrets(for: ConnectionID(rawValue: "c\(index)")).ongoingPassword == "p\(index)")
        }
    }

    @Test func concurrentUpdatesThroughSeparateStoresOnOneFileAreAllKept() throws {
        // Separate stores on one file stand for separate ovsync processes (the engine refreshing
        // tokens while `ovsync connect` stores a password): none may lose another's write.
        let home = try TemporaryHome()
        try home.home.create()
        let stores = (0..<4).map { _ in SecretsStore(file: home.home.secretsFile) }
        #expect(writeConcurrently(60) { stores[$0 % stores.count] } == [])
        let reread = SecretsStore(file: home.home.secretsFile)
        let kept = try (0..<60).filter { try reread.secrets(for: ConnectionID(rawValue: "c\($0)")).ongoingPassword == "p\($0)" }
        #expect(kept.count == 60, "\(60 - kept.count) of 60 writes were lost")
    }

    @Test func damagedFileIsRefusedWithoutEchoingItsContent() throws {
        let home = try TemporaryHome()
        try home.home.create()
        try Data("{\"connections\": {\"default\": {\"ongoingPassword\": \"hunter2\"".utf8).write(to: home.home.secretsFile)
        let error = try #require(throws: SecretsStoreError.self) { try SecretsStore(file: home.home.secretsFile).secrets() }
        #expect(error == .unreadable(path: home.home.secretsFile.path))
        #expect(error.description.contains(home.home.secretsFile.path))
        #expect(!error.description.contains("hunter2"))
    }
}

/// Failure messages collected from concurrent writers.
private final class Failures: Sendable {
    private let messages = Mutex<[String]>([])
    func append(_ message: String) { messages.withLock { $0.append(message) } }
    var all: [String] { messages.withLock { $0 } }
}

/// The inode of a file, to tell a replaced file from one rewritten in place.
private struct FileIdentity {
    let inode: UInt64

    init(_ url: URL) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}
