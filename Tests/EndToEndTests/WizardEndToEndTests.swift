import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `ovsync setup` typed as keys in tmux against `ovsync sandbox`, as a newcomer over SSH would:
/// a wrong password first, the sign-in address read off the screen and opened with curl (which
/// follows the redirect to the wizard's loopback receiver), one process switched off, activation.
@Suite(.serialized)
struct WizardEndToEndTests {
    /// Test the whole wizard ends in the dashboard with `stock` off and the other processes running.
    @Test(.timeLimit(.minutes(5)))
    func wholeWizardAgainstTheSandboxes() async throws {
        let binary = try await OvsyncBinary.url()
        let sandbox = try ChildProcess(binary, arguments: ["sandbox", "--visma-port", "0", "--ongoing-port", "0"])
        defer { sandbox.send(SIGTERM) }
        let vismaAPI = try Self.address(in: try await sandbox.waitForLine { $0.hasPrefix("Visma sandbox") }, after: "API")
        let vismaIdentity = try Self.address(in: try await sandbox.waitForLine { $0.contains("identity  http") }, after: "identity")
        let ongoingAPI = try Self.address(in: try await sandbox.waitForLine { $0.hasPrefix("Ongoing sandbox") }, after: "API")
        let redirectPort = try Self.freePort()

        let home = try TemporaryHome()
        let terminal = ["TERM": "tmux-256color", "LANG": "C.UTF-8", "SSH_CONNECTION": "10.0.0.2 50000 10.0.0.1 22"]
        let tmux = try await DashboardTmux.start(["setup", "--home", home.path], width: 120, height: 40, environment: terminal, home: home)
        do {
            try await tmux.waitFor("1 Warehouse")
            try await tmux.send("-l", ongoingAPI)
            try await tmux.send("Tab", "WSIdemo", "Tab", "wrong-password", "Tab", "159", "Enter")
            try await tmux.waitFor("wrong user name or password")
            #expect(!(try await tmux.screen()).contains("wrong-password"))

            try await tmux.send("C-u", "demo-password", "Enter", "Enter")
            try await tmux.waitFor("Sign in to the Visma eAccounting company")
            try await tmux.send("ovsync-sandbox", "Tab", "sandbox-secret", "Tab", "C-u")
            try await tmux.send("-l", vismaAPI)
            try await tmux.send("Tab", "C-u")
            try await tmux.send("-l", vismaIdentity)
            try await tmux.send("Tab", "C-u", String(redirectPort), "Enter")

            let signIn = try await tmux.waitFor("Open this address in a browser")
            let url = try #require(Self.signInAddress(on: signIn), "\(signIn)")
            #expect(url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A\(redirectPort)%2Fcallback"), "\(url)")
            try await tmux.send("o")
            try await tmux.waitFor("no display, or an SSH session")
            try await Self.tmux(tmux, ["set-option", "-s", "set-clipboard", "on"])
            try await tmux.send("c")
            try await tmux.waitFor("The address is on the clipboard")
            #expect(try await Self.tmux(tmux, ["show-buffer"]).output == url)

            // The browser's page is not checked: the loopback receiver may stop before its answer is
            // sent (curl then reports an empty reply); the terminal is where the admin looks.
            let browser = try await ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["curl", "-sSL", "--max-time", "20", url],
                                                      timeout: .seconds(30))
            try await tmux.waitFor("Signed in to the Visma company \(browser)") { $0.contains("Signed in to the Visma company") }
            #expect(!(try await tmux.screen()).contains("sandbox-secret"))

            try await tmux.send("Enter")
            try await tmux.waitFor("Processes (Space switches")
            for _ in 0..<6 { try await tmux.send("Tab") }
            try await tmux.send("Space")
            try await tmux.waitFor("[ ] stock")
            try await tmux.send("PageDown")
            let summary = try await tmux.waitFor("[ Activate ]")
            #expect(summary.contains("stock OFF") && summary.contains("goods owner 159"), "\(summary)")
            try await tmux.send("Enter")
            try await tmux.waitFor("the dashboard with the engine running") { $0.contains("1 Processes") && $0.contains("disabled") }

            let status = try #require(await Self.statusOnceArticlesRan(home), "articles never ran after activation")
            let processes = try #require(status["processes"] as? [[String: Any]])
            for process in processes {
                let name = process["name"] as? String
                let enabled = process["enabled"] as? Bool
                let state = process["state"] as? String
                if name == "stock" {
                    #expect(enabled == false && state == "disabled", "\(process)")
                } else {
                    #expect(enabled == true && ["idle", "running"].contains(state ?? ""), "\(process)")
                }
            }
            #expect((status["visma"] as? [String: Any])?["connected"] as? Bool == true)
            #expect((status["ongoing"] as? [String: Any])?["goodsOwnerId"] as? Int == 159)
            let configuration = try home.configurationText()
            #expect(!configuration.contains("demo-password") && !configuration.contains("sandbox-secret"))
            #expect(!FileManager.default.fileExists(atPath: home.home.configDirectory.appendingPathComponent("wizard-progress.json").path))

            try await tmux.send("q")
            try await tmux.waitFor("EXIT=0")
        } catch {
            await tmux.close()
            throw error
        }
        await tmux.close()
    }

    /// The `http…` address after `label` on a sandbox banner line.
    private static func address(in line: String, after label: String) throws -> String {
        let words = line.split(separator: " ").map(String.init)
        let index = try #require(words.firstIndex(of: label), "\(line)")
        return try #require(words.dropFirst(index + 1).first { $0.hasPrefix("http") }, "\(line)")
    }

    /// The sign-in address: the row starting with it and the full rows it continues on, up to the blank row.
    private static func signInAddress(on screen: String) -> String? {
        let rows = screen.components(separatedBy: "\n")
        guard let first = rows.firstIndex(where: { $0.hasPrefix("http") && $0.contains("/connect/authorize") }) else { return nil }
        return rows[first...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    /// `ovsync status --json` once `articles` has run (the engine started after activation); nil after a minute.
    private static func statusOnceArticlesRan(_ home: TemporaryHome) async throws -> [String: Any]? {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let result = try await OvsyncBinary.run(["status", "--json", "--home", home.path], home: home)
            if result.succeeded, let json = try? JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any],
               let processes = json["processes"] as? [[String: Any]],
               processes.contains(where: { $0["name"] as? String == "articles" && $0["lastRunAt"] is String }) {
                return json
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        return nil
    }

    /// Runs a tmux command on the journey's server (no new server is forked, so no descriptor juggling).
    @discardableResult
    private static func tmux(_ session: DashboardTmux, _ arguments: [String]) async throws -> ProcessResult {
        let result = try await ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["tmux", "-L", session.socket] + arguments,
                                                 timeout: .seconds(10))
        #expect(result.succeeded, "\(result)")
        return result
    }

    /// A loopback port nobody listens on right now.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw CocoaError(.fileWriteUnknown) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
