import Foundation
import SyncEngine
import Testing
import TestSupport

/// Replacing a file so that it is always either the old or the new content.
struct AtomicFileTests {
    @Test func writeCreatesFileWithContentAndMode() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("settings")
        try AtomicFile.write(Data("hello".utf8), to: target, mode: 0o640)
        #expect(try Data(contentsOf: target) == Data("hello".utf8))
        #expect(try FilePermissions.mode(of: target) == 0o640)
    }

    @Test func writeReplacesLongerContentWhole() throws {
        let folder = try TemporaryDirectory()
        let target = try folder.write(String(repeating: "old content ", count: 100), to: "settings")
        try AtomicFile.write(Data("new".utf8), to: target, mode: 0o600)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try FilePermissions.mode(of: target) == 0o600)
    }

    @Test func writeLeavesNoTemporaryFileBehind() throws {
        let folder = try TemporaryDirectory()
        for round in 0..<3 {
            try AtomicFile.write(Data("round \(round)".utf8), to: folder.file("settings"), mode: 0o600)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["settings"])
    }

    @Test func failedWriteNamesThePathAndLeavesNothing() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("missing-folder/settings")
        let error = try #require(throws: AtomicFileError.self) {
            try AtomicFile.write(Data("x".utf8), to: target, mode: 0o600)
        }
        #expect(error.description.hasPrefix("cannot create \(target.path): "), "\(error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func concurrentWritersToOneFileEachLandWhole() async throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("settings")
        let contents = (0..<16).map { index in String(repeating: "\(index % 10)", count: 20_000 + index * 1000) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for text in contents {
                group.addTask { try AtomicFile.write(Data(text.utf8), to: target, mode: 0o600) }
            }
            try await group.waitForAll()
        }
        let final = try String(contentsOf: target, encoding: .utf8)
        #expect(contents.contains(final), "the file holds a mix of writes (\(final.count) characters)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["settings"])
    }
}
