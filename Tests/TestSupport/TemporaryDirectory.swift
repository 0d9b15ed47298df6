import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh, empty folder under the system temporary folder, removed with everything in it
/// when the last reference goes away. Keep it alive for as long as the test uses it.
public final class TemporaryDirectory: Sendable {
    /// The folder (standardised, no trailing slash).
    public let url: URL

    /// Creates a unique folder named after `prefix` (mode 0700, via `mkdtemp`).
    public init(prefix: String = "ovsync-test") throws {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let template = "\(base)/\(prefix).XXXXXX"
        var buffer = Array(template.utf8CString)
        guard let created = buffer.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw TemporaryDirectoryError(path: template, reason: String(cString: strerror(errno)))
        }
        url = URL(fileURLWithPath: String(cString: created), isDirectory: true).standardizedFileURL
    }

    /// The folder's path.
    public var path: String { url.path }

    /// The URL of `relativePath` inside the folder (nothing is created).
    public func file(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating intermediate folders; returns its URL.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> URL {
        let target = file(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The temporary folder could not be created.
public struct TemporaryDirectoryError: Error, CustomStringConvertible {
    /// The template that was tried.
    public let path: String
    /// What the system said.
    public let reason: String

    public var description: String { "cannot create a temporary folder \(path): \(reason)" }
}
