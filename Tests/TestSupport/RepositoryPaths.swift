import Foundation

/// Where things are in the ovsync checkout and its build folder, found from this source file's
/// location (`#filePath`) and from the running test executable.
public enum RepositoryPaths {
    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    public static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// `Tests/Fixtures`: contract examples and other checked-in test data.
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// The folder holding the running test executable, which is also where `swift build` and
    /// `swift test` put the package's executables (e.g. `.build/x86_64-unknown-linux-gnu/debug`).
    public static var buildProducts: URL? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = executable.path == "/proc/self/exe" ? Bundle.main.executableURL : executable
        return candidate?.deletingLastPathComponent()
    }
}
