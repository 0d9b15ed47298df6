import Foundation
import Testing
import TestSupport

/// The process plumbing the end-to-end tests stand on: what goes in and out of a child.
struct ProcessRunnerTests {
    private let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func standardInputReachesTheChildAndBothStreamsComeBack() async throws {
        let result = try await ProcessRunner.run(shell, arguments: ["-c", "cat; echo oops >&2; exit 7"], standardInput: Data("secret\n".utf8))
        #expect(result.output == "secret\n")
        #expect(result.errorOutput == "oops\n")
        #expect(result.exitCode == 7)
        #expect(!result.succeeded)
        #expect(!result.timedOut)
    }

    @Test func environmentReplacesTheInheritedOne() async throws {
        let result = try await ProcessRunner.run(shell, arguments: ["-c", "printf '%s' \"$OVSYNC_PROBE|$HOME\""], environment: ["OVSYNC_PROBE": "yes"])
        #expect(result.output == "yes|")
    }

    @Test func outputLargerThanAPipeBufferDoesNotDeadlock() async throws {
        let result = try await ProcessRunner.run(shell, arguments: ["-c", "head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2"])
        #expect(result.succeeded, "\(result.exitCode)")
        #expect(result.standardOutput.count == 1_000_000)
        #expect(result.standardError.count == 300_000)
    }

    @Test func childThatOutlivesItsTimeoutIsKilled() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let result = try await ProcessRunner.run(shell, arguments: ["-c", "exec sleep 30"], timeout: .milliseconds(300))
        #expect(result.timedOut)
        #expect(result.signalled)
        #expect(result.exitCode == SIGKILL)
        #expect(clock.now - started < .seconds(10))
    }

    @Test func childProcessLineWaitFailsWhenOutputEndsWithoutIt() async throws {
        let child = try ChildProcess(shell, arguments: ["-c", "echo one; echo two"])
        await #expect(throws: ChildProcessError.self) { try await child.waitForLine("three") }
        #expect(child.lines == ["one", "two"])
        #expect(try await child.waitForExit() == 0)
    }

    @Test func childProcessLineWaitTimesOut() async throws {
        let child = try ChildProcess(shell, arguments: ["-c", "echo ready; exec sleep 30"])
        try await child.waitForLine("ready")
        await #expect(throws: ChildProcessError.self) { try await child.waitForLine("never", timeout: .milliseconds(200)) }
        child.send(SIGKILL)
        #expect(try await child.waitForExit() == SIGKILL)
    }
}
