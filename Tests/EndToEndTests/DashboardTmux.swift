import Foundation
import TestSupport

/// The real `ovsync` in a detached tmux session of a fixed size, on a tmux server of its own so
/// journeys never share state: keys go in with `send-keys`, the screen comes back with
/// `capture-pane -p`, and every wait is bounded. The server is killed by ``close()``.
final class DashboardTmux: Sendable {
    let socket: String
    let name = "dashboard"

    /// Starts `ovsync arguments…` in a `width`×`height` session with `environment` added; after it
    /// exits the pane shows `EXIT=<status>` and whether the terminal is back in canonical, echoing mode.
    static func start(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String],
                      home: TemporaryHome? = nil) async throws -> DashboardTmux {
        let binary = try await OvsyncBinary.url()
        let session = DashboardTmux(socket: "ovsync-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        var variables = OvsyncBinary.environment(home: home, extra: environment)
        variables = variables.filter { ["PATH", "HOME", "OVSYNC_HOME", "TMPDIR"].contains($0.key) || environment[$0.key] != nil }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted($0.value))" }.joined(separator: " ")
        let command = "env -i \(assignments) \(quoted(binary.path)) \(arguments.map(quoted).joined(separator: " ")); "
            + "echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo; sleep 120"
        try await session.tmux(["-f", "/dev/null", "new-session", "-d", "-s", session.name, "-x", String(width), "-y", String(height), command])
        return session
    }

    private init(socket: String) {
        self.socket = socket
    }

    /// The visible screen, one line per row.
    func screen() async throws -> String {
        try await tmux(["capture-pane", "-p", "-t", name]).output
    }

    /// Waits until `matches` holds for the screen; throws with the screen when `timeout` passes.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(30), _ matches: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = try await screen()
            if matches(last) { return last }
            try await Task.sleep(for: .milliseconds(150))
        }
        throw DashboardTmuxError.timedOut(waitingFor: what, screen: last)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitFor(text, timeout: timeout) { $0.contains(text) }
    }

    /// Types keys as tmux names them (`Enter`, `Escape`, `Space`, `C-c`) or literal text.
    func send(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", name] + keys)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Whether the pane is showing the alternate screen (curses mode).
    func alternateScreenOn() async throws -> Bool {
        try await tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).output.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Kills the session and its tmux server (and so the program, if still running).
    func close() async {
        _ = try? await tmux(["kill-server"])
    }

    @discardableResult
    private func tmux(_ arguments: [String]) async throws -> ProcessResult {
        // Foundation's Process learns that a child exited from a descriptor the child inherits; the
        // tmux server that `new-session` forks would inherit it too and keep the test waiting until
        // the server dies. So close every descriptor but stdin/out/err before running tmux.
        let closeInherited = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; exec tmux "$@""#
        let result = try await ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), arguments: ["-c", closeInherited, "tmux", "-L", socket] + arguments,
                                                 timeout: .seconds(10))
        guard result.succeeded else { throw DashboardTmuxError.tmuxFailed(arguments, result) }
        return result
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux journey step failed.
enum DashboardTmuxError: Error, CustomStringConvertible {
    case timedOut(waitingFor: String, screen: String)
    case tmuxFailed([String], ProcessResult)

    var description: String {
        switch self {
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        case .tmuxFailed(let arguments, let result): "tmux \(arguments.joined(separator: " ")) failed: \(result)"
        }
    }
}
