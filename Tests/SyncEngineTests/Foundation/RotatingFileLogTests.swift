import Foundation
import SyncEngine
import Testing
import TestSupport

/// The dashboard's log file: appended to, owner-only, rotated by size.
struct RotatingFileLogTests {
    @Test func linesAreAppendedToAnOwnerOnlyFile() throws {
        let folder = try TemporaryDirectory()
        let log = try RotatingFileLog(directory: folder.file("logs"))
        log.append("first")
        log.append("second")
        #expect(try String(contentsOf: log.file, encoding: .utf8) == "first\nsecond\n")
        #expect(try FilePermissions.mode(of: log.file) == 0o600)
        #expect(try FilePermissions.mode(of: folder.file("logs")) == 0o700)
    }

    @Test func reopeningAppendsRatherThanTruncating() throws {
        let folder = try TemporaryDirectory()
        try RotatingFileLog(directory: folder.url).append("before restart")
        try RotatingFileLog(directory: folder.url).append("after restart")
        #expect(try String(contentsOf: folder.file("ovsync.log"), encoding: .utf8) == "before restart\nafter restart\n")
    }

    @Test func fullFileRotatesKeepingOnlyTheNewestOldFiles() throws {
        let folder = try TemporaryDirectory()
        let log = try RotatingFileLog(directory: folder.url, maximumBytes: 20, keep: 2)
        for line in ["line-1 0123456789", "line-2 0123456789", "line-3 0123456789", "line-4 0123456789"] {
            log.append(line)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["ovsync.1.log", "ovsync.2.log", "ovsync.log"])
        #expect(try String(contentsOf: folder.file("ovsync.log"), encoding: .utf8) == "line-4 0123456789\n")
        #expect(try String(contentsOf: folder.file("ovsync.1.log"), encoding: .utf8) == "line-3 0123456789\n")
        #expect(try String(contentsOf: folder.file("ovsync.2.log"), encoding: .utf8) == "line-2 0123456789\n")
    }
}
