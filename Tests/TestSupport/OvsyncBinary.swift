import Foundation
import Synchronization

/// The built `ovsync` executable, for tests that drive the real binary.
///
/// `swift test` builds and links every product of the package before it runs tests (checked:
/// also with `--filter`), so the binary sits beside the test executable and is as fresh as the
/// tests. Only when it is missing (`--skip-build` after a clean, another runner) is it built,
/// once per test process, into its own scratch folder `.build-ovsync-tests`: `swift test`
/// keeps holding the lock of `.build` while tests run, so building there would wait forever.
/// `OVSYNC_TEST_BINARY` overrides the location.
public enum OvsyncBinary {
    private static let located = Mutex<Task<URL, any Error>?>(nil)

    /// The binary's location, building it first when it is missing.
    public static func url() async throws -> URL {
        let task = located.withLock { located in
            if let located { return located }
            let task = Task { try await locateOrBuild() }
            located = task
            return task
        }
        return try await task.value
    }

    /// Runs `ovsync arguments…` in `home` (via `OVSYNC_HOME`, with `HOME` pointed into it and
    /// the XDG variables removed, so nothing touches the real user's files).
    public static func run(
        _ arguments: [String],
        home: TemporaryHome? = nil,
        environment extra: [String: String] = [:],
        standardInput: Data? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> ProcessResult {
        try await ProcessRunner.run(try await url(), arguments: arguments, environment: environment(home: home, extra: extra),
                                    standardInput: standardInput, timeout: timeout)
    }

    /// The environment ``run(_:home:environment:standardInput:timeout:)`` gives the child.
    public static func environment(home: TemporaryHome?, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["OVSYNC_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"] { environment[key] = nil }
        if let home {
            environment["OVSYNC_HOME"] = home.path
            environment["HOME"] = home.path
        }
        return environment.merging(extra) { $1 }
    }

    private static func locateOrBuild() async throws -> URL {
        let manager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["OVSYNC_TEST_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let candidates = [RepositoryPaths.buildProducts?.appendingPathComponent("ovsync"),
                          RepositoryPaths.root.appendingPathComponent(".build/debug/ovsync")].compactMap { $0 }
        if let found = candidates.first(where: { manager.isExecutableFile(atPath: $0.path) }) { return found }

        let swift = URL(fileURLWithPath: "/usr/bin/env")
        let scratch = ["--scratch-path", RepositoryPaths.root.appendingPathComponent(".build-ovsync-tests").path]
        let build = try await ProcessRunner.run(swift, arguments: ["swift", "build", "--product", "ovsync"] + scratch,
                                                currentDirectory: RepositoryPaths.root, timeout: .seconds(3600))
        guard build.succeeded else { throw OvsyncBinaryError.buildFailed(build) }
        let binPath = try await ProcessRunner.run(swift, arguments: ["swift", "build", "--show-bin-path"] + scratch,
                                                  currentDirectory: RepositoryPaths.root, timeout: .seconds(600))
        let built = URL(fileURLWithPath: binPath.output.trimmingCharacters(in: .whitespacesAndNewlines)).appendingPathComponent("ovsync")
        guard binPath.succeeded, manager.isExecutableFile(atPath: built.path) else { throw OvsyncBinaryError.buildFailed(binPath) }
        return built
    }
}

/// `ovsync` could not be found or built.
public enum OvsyncBinaryError: Error, CustomStringConvertible {
    /// `swift build` failed.
    case buildFailed(ProcessResult)

    public var description: String {
        switch self {
        case .buildFailed(let result): "swift build --product ovsync failed: \(result)"
        }
    }
}
