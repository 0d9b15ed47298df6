import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The secrets store: `secrets.json`, apart from `config.toml`, mode 0600, replaced
/// atomically on every write, holding ``ConnectionSecrets`` per connection. Updates hold an
/// exclusive `flock` on a lock file beside it, so two processes (or two stores) never lose
/// each other's writes.
///
/// Nothing read from it is ever logged: the types it returns redact themselves.
public final class SecretsStore: Sendable {
    /// The file behind the store.
    public let file: URL
    private let lock = Mutex(())

    private struct Contents: Codable {
        var version = 1
        var connections: [String: ConnectionSecrets] = [:]
    }

    /// Opens the store at `file` (created on the first write).
    public init(file: URL) {
        self.file = file
    }

    /// The secrets of `connection` (empty when none are stored).
    public func secrets(for connection: ConnectionID = .primary) throws -> ConnectionSecrets {
        try lock.withLock { _ in try read().connections[connection.rawValue] ?? ConnectionSecrets() }
    }

    /// Changes the secrets of `connection` and writes the whole store atomically before returning.
    @discardableResult
    public func update(_ connection: ConnectionID = .primary, _ change: (inout ConnectionSecrets) -> Void) throws -> ConnectionSecrets {
        try lock.withLock { _ in try withFileLock {
            var contents = try read()
            var secrets = contents.connections[connection.rawValue] ?? ConnectionSecrets()
            change(&secrets)
            contents.connections[connection.rawValue] = secrets
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            try AtomicFile.write(try encoder.encode(contents), to: file, mode: 0o600)
            return secrets
        } }
    }

    /// Runs `body` holding an exclusive `flock` on `.secrets.json.lock`, which is never replaced
    /// (the secrets file itself is, so it cannot carry the lock).
    private func withFileLock<T>(_ body: () throws -> T) throws -> T {
        let path = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AtomicFileError(path: path, step: "open", errno: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw AtomicFileError(path: path, step: "lock", errno: errno) }
        }
        return try body()
    }

    private func read() throws -> Contents {
        guard FileManager.default.fileExists(atPath: file.path) else { return Contents() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Contents.self, from: Data(contentsOf: file))
        } catch {
            throw SecretsStoreError.unreadable(path: file.path)
        }
    }
}

/// The secrets file exists but cannot be used.
public enum SecretsStoreError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "the secrets store \(path) is damaged or not ovsync's; move it away and connect again"
        }
    }
}
