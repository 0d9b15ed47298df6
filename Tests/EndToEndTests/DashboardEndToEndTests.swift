import Foundation
import Testing
import TestSupport

/// `ovsync demo` and `ovsync` on the real binary in tmux, under the three terminal setups
/// users run it in. Journeys run one at a time: each starts a demo with two sandboxes.
@Suite(.serialized)
struct DashboardEndToEndTests {
    /// The terminal setups: a colour terminal, `NO_COLOR`, and a non-UTF-8 locale (ASCII glyphs).
    static let terminals: [[String: String]] = [
        ["TERM": "tmux-256color", "LANG": "C.UTF-8"],
        ["TERM": "tmux-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"],
        ["TERM": "tmux-256color", "LANG": "C"],
    ]

    /// Test the demo shows every pane with live orders, order details open, a log filter narrows
    /// the Events pane, shrinking shows the too-small screen, and `q` exits 0 with the terminal restored.
    @Test(arguments: terminals)
    func demoJourney(terminal: [String: String]) async throws {
        let ascii = terminal["LANG"] == "C"
        let tmux = try await DashboardTmux.start(["demo"], environment: terminal)
        do {
            for pane in ["1 Processes", "2 Orders", "3 Stock", "4 Events"] { try await tmux.waitFor(pane, timeout: .seconds(60)) }
            if ascii {
                let screen = try await tmux.screen()
                #expect(screen.contains("+- 1 Processes") && screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
            }
            try await tmux.waitFor("an order reaching the warehouse") { $0.contains("in Ongoing") || $0.contains("picking") || $0.contains("written back") }

            try await tmux.send("2", "Enter")
            try await tmux.waitFor("History, newest first")
            #expect(try await tmux.screen().contains("Order "))
            try await tmux.send("Escape")
            try await tmux.waitFor("order details closed") { !$0.contains("History, newest first") }

            try await tmux.send("4", "/", "order 10", "Enter")
            let filtered = try await tmux.waitFor("filter \"order 10\"")
            let lines = eventLines(filtered)
            #expect(!lines.isEmpty && lines.allSatisfy { $0.contains("order 10") }, "\(filtered)")
            try await tmux.send("Escape")
            try await tmux.waitFor("filter cleared") { !$0.contains("filter \"order 10\"") }

            try await tmux.resize(width: 50, height: 12)
            try await tmux.waitFor("terminal too small (need 60\(ascii ? "x" : "×")22)")
            try await tmux.resize(width: 120, height: 40)
            try await tmux.waitFor("1 Processes")

            try await tmux.send("q")
            let after = try await tmux.waitFor("EXIT=0 and the terminal modes", timeout: .seconds(30)) { $0.contains("EXIT=0") && $0.contains("icanon") }
            #expect(after.contains("icanon") && !after.contains("-icanon") && after.contains("echo") && !after.contains("-echo"), "\(after)")
            #expect(try await !tmux.alternateScreenOn())
        } catch {
            await tmux.close()
            throw error
        }
        await tmux.close()
    }

    /// Test switching `orders` off in the dashboard stops new orders reaching Ongoing (per
    /// `ovsync status --json` on the demo's home) and switching it on again resumes them.
    @Test func togglingOrdersStopsAndResumesOrders() async throws {
        let folder = try TemporaryDirectory(prefix: "ovsync-demo-home")
        let homeFile = folder.file("home")
        let tmux = try await DashboardTmux.start(["demo"], environment: Self.terminals[0].merging(["OVSYNC_DEMO_HOME_FILE": homeFile.path]) { $1 })
        do {
            try await tmux.waitFor("1 Processes", timeout: .seconds(60))
            let home = try String(contentsOf: homeFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try await ordersInOngoing(home: home, atLeast: 1, timeout: .seconds(60))

            try await tmux.send("1", "j", "Space")
            try await tmux.waitFor("○ orders    disabled")
            let status = try await statusJSON(home: home)
            #expect((status["processes"] as? [[String: Any]])?.first { $0["name"] as? String == "orders" }?["enabled"] as? Bool == false)
            // A cycle already running finishes its current step: let it.
            try await Task.sleep(for: .seconds(4))
            let stopped = try await ordersInOngoing(home: home)
            try await Task.sleep(for: .seconds(15))
            #expect(try await ordersInOngoing(home: home) == stopped, "no order may reach Ongoing while orders is off")

            try await tmux.send("Space")
            try await tmux.waitFor("● orders")
            _ = try await ordersInOngoing(home: home, atLeast: stopped + 1, timeout: .seconds(90))
            try await tmux.send("q")
            try await tmux.waitFor("EXIT=0")
        } catch {
            await tmux.close()
            throw error
        }
        await tmux.close()
    }

    /// Test `ovsync` on an empty home shows the first-run screen offering setup and the demo, and quits cleanly.
    @Test func firstRunOnAnEmptyHome() async throws {
        let home = try TemporaryHome()
        let tmux = try await DashboardTmux.start([], environment: Self.terminals[0], home: home)
        do {
            let screen = try await tmux.waitFor("Welcome to ovsync")
            #expect(screen.contains("ovsync setup") && screen.contains("ovsync demo"))
            try await tmux.send("q")
            try await tmux.waitFor("EXIT=0")
        } catch {
            await tmux.close()
            throw error
        }
        await tmux.close()
    }

    /// The Events pane's text lines (right column in the wide layout): those with a time stamp.
    private func eventLines(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { row -> String? in
            guard let match = row.range(of: #"\d\d:\d\d:\d\d (INFO |WARN |DEBUG|ERROR)"#, options: .regularExpression) else { return nil }
            return String(row[match.lowerBound...])
        }
    }

    private func statusJSON(home: String) async throws -> [String: Any] {
        let result = try await OvsyncBinary.run(["status", "--json", "--home", home])
        return try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any], "\(result)")
    }

    /// Orders Ongoing has (those with an Ongoing order id); with `atLeast`, waits until there are that many.
    private func ordersInOngoing(home: String, atLeast minimum: Int = 0, timeout: Duration = .seconds(1)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        while true {
            let orders = try await statusJSON(home: home)["orders"] as? [[String: Any]] ?? []
            let count = orders.filter { $0["ongoingOrderId"] is Int }.count
            if count >= minimum || ContinuousClock.now >= deadline {
                #expect(count >= minimum, "orders in Ongoing")
                return count
            }
            try await Task.sleep(for: .milliseconds(500))
        }
    }
}
