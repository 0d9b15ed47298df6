import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash at any moment leaves either the old or the new content:
/// write a temporary file beside it with the final mode, fsync it, rename it over the target,
/// then fsync the folder so the rename itself is durable.
public enum AtomicFile {
    /// Numbers the temporary files of this process, so concurrent writers never share one.
    private static let sequence = Atomic<Int>(0)

    /// Writes `data` to `url` atomically with permission bits `mode`.
    public static func write(_ data: Data, to url: URL, mode: mode_t) throws {
        let directory = url.deletingLastPathComponent().path
        let number = sequence.wrappingAdd(1, ordering: .relaxed).oldValue
        let temporary = directory + "/." + url.lastPathComponent + ".\(getpid()).\(number).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw AtomicFileError(path: url.path, step: "create", errno: errno) }
        var failure: AtomicFileError?
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 { if errno == EINTR { continue }; failure = AtomicFileError(path: url.path, step: "write", errno: errno); return }
                offset += written
            }
        }
        if failure == nil, fchmod(fd, mode) != 0 { failure = AtomicFileError(path: url.path, step: "chmod", errno: errno) }
        if failure == nil, fsync(fd) != 0 { failure = AtomicFileError(path: url.path, step: "fsync", errno: errno) }
        close(fd)
        if let failure { unlink(temporary); throw failure }
        guard rename(temporary, url.path) == 0 else {
            let error = AtomicFileError(path: url.path, step: "rename", errno: errno)
            unlink(temporary)
            throw error
        }
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 { fsync(directoryFD); close(directoryFD) }
    }
}

/// A step of an atomic write failed.
public struct AtomicFileError: Error, CustomStringConvertible {
    let path: String
    let step: String
    let errno: Int32

    public var description: String { "cannot \(step) \(path): \(String(cString: strerror(errno)))" }
}
