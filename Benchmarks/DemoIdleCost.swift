import Foundation

/// CPU of `ovsync demo` (dashboard, engine and both sandboxes with simulated activity in one
/// process) over a window, run inside a detached tmux session as a person would see it.
enum DemoIdleCost {
    /// Percent of one core used over `seconds`, after `warmUp` seconds; nil without tmux.
    static func measure(ovsync: URL, warmUp: Double = 10, seconds: Double = 30) async throws -> Double? {
        let session = "ovsync-bench-\(getpid())"
        guard run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "60", "\(ovsync.path) demo"]) == 0 else { return nil }
        defer { _ = run(["tmux", "kill-session", "-t", session]) }
        try await Task.sleep(for: .seconds(warmUp))
        guard let pid = paneProcess(session) else { return nil }
        guard let start = ResourceUsage.cpuSeconds(ofProcess: pid) else { return nil }
        try await Task.sleep(for: .seconds(seconds))
        guard let end = ResourceUsage.cpuSeconds(ofProcess: pid) else { return nil }
        return (end - start) / seconds * 100
    }

    private static func paneProcess(_ session: String) -> Int32? {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"]
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return Int32(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs a command through bash with every inherited descriptor but stdio closed: Foundation
    /// learns that a child exited from a descriptor the child inherits, and the tmux server that
    /// `new-session` forks would otherwise keep it open and the wait would never end.
    @discardableResult
    private static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec "$@""#, "run"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
