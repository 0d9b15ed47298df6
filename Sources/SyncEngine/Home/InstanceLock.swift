import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a second ovsync off a home: an exclusive `flock` on `ovsync.lock`, holding our pid.
///
/// The kernel drops the lock when the process dies, even by SIGKILL, so a crash never leaves
/// a stale lock behind.
public final class InstanceLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock on `home`, or throws ``InstanceLockError/held(pid:home:)``.
    public init(home: OvsyncHome) throws {
        try home.create()
        let path = home.lockFile.path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw InstanceLockError.unusable(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readPid(fd)
            close(fd)
            throw InstanceLockError.held(pid: holder, home: home.displayPath)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        descriptor = fd
    }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Why the instance lock could not be taken.
public enum InstanceLockError: Error, Equatable, CustomStringConvertible {
    /// Another process holds the lock.
    case held(pid: Int32?, home: String)
    /// The lock file could not be opened.
    case unusable(path: String, reason: String)

    public var description: String {
        switch self {
        case .held(let pid?, let home): "another ovsync (pid \(pid)) is using \(home)"
        case .held(nil, let home): "another ovsync is using \(home)"
        case .unusable(let path, let reason): "cannot open the lock file \(path): \(reason)"
        }
    }
}
