import Foundation
import Testing
import TestSupport

/// The issue's own check: two real `ovsync` processes on one home — the second one fails and
/// says which process holds the home.
struct TwoOvsyncProcessesTests {
    /// `connect ongoing` holds the home's lock while it waits for the password on stdin.
    @Test func secondOvsyncOnTheSameHomeFailsNamingTheFirst() async throws {
        let home = try TemporaryHome()
        let first = try ChildProcess(try await OvsyncBinary.url(),
                                     arguments: ["connect", "ongoing", "--api-url", "http://127.0.0.1:9/demo/api/v1/", "--username", "WSIdemo",
                                                 "--password-stdin", "--goods-owner-id", "159"],
                                     environment: OvsyncBinary.environment(home: home))
        defer { first.send(SIGKILL) }
        try await waitUntilLocked(home)

        let second = try await OvsyncBinary.run(["run"], home: home)

        #expect(second.exitCode == 1)
        #expect(second.errorOutput.contains("another ovsync (pid \(first.pid)) is using \(home.path)"))
    }

    /// The first process has the lock once the lock file holds its pid.
    private func waitUntilLocked(_ home: TemporaryHome) async throws {
        let lockFile = home.home.lockFile.path
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: lockFile, encoding: .utf8), !text.isEmpty { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the first ovsync never took the lock")
    }
}
