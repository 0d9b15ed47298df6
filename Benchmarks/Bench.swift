import ArgumentParser
import Foundation

/// `swift run -c release ovsync-bench`: measures sync throughput, request efficiency, latency
/// and dashboard cost side by side in one run and prints a table.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ovsync-bench",
        abstract: "Measure ovsync against the sandboxes: throughput, requests, latency, idle cost, dashboard cost."
    )

    @Option(help: "Articles in the initial sync and the stock sweep.") var articles = 10_000
    @Option(help: "Open orders downloaded.") var orders = 5_000
    @Option(help: "Shipments written back.") var shipments = 2_000
    @Option(help: "Latency injected per request in the second throughput run, in ms.") var latency = 40
    @Option(help: "Divide the counts by this for the run with injected latency (sequential writes make it slow).") var latencyScale = 20
    @Option(help: "Minutes of order flow in the latency run.") var latencyMinutes = 2.0
    @Option(help: "Seconds of the idle window.") var idleSeconds = 60.0
    @Option(help: "Which parts to run: throughput, latency, dashboard (comma-separated).") var parts = "throughput,latency,dashboard"
    @Flag(help: .hidden) var serveSandboxes = false

    func run() async throws {
        if serveSandboxes {
            await SandboxHost.serve()
            return
        }
        let selected = Set(parts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let ovsync = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ovsync")
        var report = Report()

        if selected.contains("throughput") {
            let full = Sizes(articles: articles, orders: orders, shipments: shipments)
            let scaled = Sizes(articles: articles / latencyScale, orders: orders / latencyScale, shipments: shipments / latencyScale)
            report.progress("throughput at 0 ms: engine")
            let engine0 = try await ThroughputRun.engine(sizes: full, latency: 0)
            report.progress("throughput at 0 ms: minimal client")
            let minimal0 = try await ThroughputRun.minimal(sizes: full, latency: 0)
            report.progress("throughput at \(latency) ms: engine")
            let engineLatency = try await ThroughputRun.engine(sizes: scaled, latency: latency)
            report.progress("throughput at \(latency) ms: minimal client")
            let minimalLatency = try await ThroughputRun.minimal(sizes: scaled, latency: latency)
            report.throughput(engine: engine0 + engineLatency, minimal: minimal0 + minimalLatency)
        }
        if selected.contains("latency") {
            report.progress("latency under ovsync run with default settings (\(latencyMinutes) min of orders, \(Int(idleSeconds)) s idle)")
            report.latency(try await LatencyRun.run(ovsync: ovsync, minutes: latencyMinutes, idleSeconds: idleSeconds))
        }
        if selected.contains("dashboard") {
            report.progress("dashboard: frame cost at 200×60 with 10,000 orders, and CPU of ovsync demo over 30 s")
            report.dashboard(frame: DashboardFrameCost.measure(), demoCPU: try await DemoIdleCost.measure(ovsync: ovsync))
        }
        print(report.text)
    }
}
