import Foundation

/// Reads the permission bits of files and folders.
public enum FilePermissions {
    /// The permission bits (e.g. `0o600`) of `url`, without the file-type bits.
    public static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        guard let mode = attributes[.posixPermissions] as? NSNumber else { throw CocoaError(.fileReadUnknown) }
        return mode.intValue & 0o7777
    }
}
