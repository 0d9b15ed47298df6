import Foundation
import Logging
import Synchronization

/// A log file in the home that rotates by size: `ovsync.log`, then `ovsync.1.log` … up to
/// `keep` old files. Used while the dashboard owns the terminal, where nothing may be printed.
public final class RotatingFileLog: Sendable {
    /// The current log file.
    public let file: URL
    private let maximumBytes: Int
    private let keep: Int
    private let handle: Mutex<FileHandle?>

    /// Opens (appending) the log `name` in `directory`.
    public init(directory: URL, name: String = "ovsync", maximumBytes: Int = 5_000_000, keep: Int = 3) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        file = directory.appendingPathComponent("\(name).log")
        self.maximumBytes = maximumBytes
        self.keep = keep
        handle = Mutex(try Self.open(file))
    }

    private static func open(_ file: URL) throws -> FileHandle {
        if !FileManager.default.fileExists(atPath: file.path) {
            FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        return handle
    }

    /// Appends one line, rotating first when the file is full.
    public func append(_ line: String) {
        handle.withLock { handle in
            guard let current = handle else { return }
            if let size = try? current.offset(), size + UInt64(line.utf8.count) > UInt64(maximumBytes) {
                try? current.close()
                rotate()
                handle = try? Self.open(file)
            }
            try? handle?.write(contentsOf: Data((line + "\n").utf8))
        }
    }

    private func rotate() {
        let manager = FileManager.default
        let numbered = { (n: Int) in self.file.deletingPathExtension().appendingPathExtension("\(n).log") }
        try? manager.removeItem(at: numbered(keep))
        for n in stride(from: keep - 1, through: 1, by: -1) {
            try? manager.moveItem(at: numbered(n), to: numbered(n + 1))
        }
        try? manager.moveItem(at: file, to: numbered(1))
    }
}

/// A swift-log handler writing one line per message to a ``RotatingFileLog``.
public struct FileLogHandler: LogHandler {
    private let log: RotatingFileLog
    private let label: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]

    /// Creates a handler for `label` writing to `log`.
    public init(label: String, log: RotatingFileLog) {
        self.label = label
        self.log = log
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let timestamp = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
        log.append("\(timestamp) \(event.level) \(label): \(event.message)\(details)")
    }
}
