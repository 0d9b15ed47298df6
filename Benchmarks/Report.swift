import Foundation

/// The benchmark's printed result: progress lines on stderr while it runs, then the tables.
struct Report {
    private var sections: [String] = []

    /// Says what is being measured now (stderr, so the tables stay clean on stdout).
    func progress(_ line: String) {
        FileHandle.standardError.write(Data("… \(line)\n".utf8))
    }

    /// The throughput table: engine beside the minimal client, per job and latency.
    mutating func throughput(engine: [JobResult], minimal: [JobResult]) {
        var lines = ["## Throughput (engine in one process, sandboxes in another; Visma's rate limit lifted, see README)", "",
                     "| job | latency | entities | wall s | entities/s | requests | minimum | req/min | CPU ms/entity | peak MiB | minimal client entities/s | engine/minimal |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for result in engine {
            let baseline = minimal.first { $0.job == result.job && $0.latency == result.latency }
            let ratio = baseline.map { $0.perSecond > 0 ? result.perSecond / $0.perSecond : 0 }
            lines.append("| \(result.job) | \(result.latency) ms | \(result.entities) | \(format(result.seconds, 2)) | \(format(result.perSecond, 0)) | \(result.requests) | \(result.minimumRequests) | "
                         + "\(format(Double(result.requests) / Double(max(result.minimumRequests, 1)), 3)) | \(result.cpuMillisecondsPerEntity.map { format($0, 3) } ?? "-") | "
                         + "\(result.peakMiB.map { format($0, 0) } ?? "-") | \(baseline.map { format($0.perSecond, 0) } ?? "-") | \(ratio.map { format($0 * 100, 0) + " %" } ?? "-") |")
        }
        sections.append(lines.joined(separator: "\n"))
    }

    /// The latency and idle-cost table of `ovsync run` with default settings.
    mutating func latency(_ result: LatencyResult) {
        func seconds(_ value: Double?) -> String { value.map { format($0, 1) + " s" } ?? "-" }
        let budgetShare = result.busiestVismaEndpointPerMinute / 600 * 100
        sections.append("""
        ## Latency and idle cost (`ovsync run`, default settings: orders and shipments every 60 s)

        | measure | value |
        |---|---:|
        | orders created → present in Ongoing, p50 / p95 (n = \(result.orders.count)) | \(seconds(percentile(result.orders, 0.5))) / \(seconds(percentile(result.orders, 0.95))) |
        | shipped in Ongoing → written back to Visma, p50 / p95 (n = \(result.shipments.count)) | \(seconds(percentile(result.shipments, 0.5))) / \(seconds(percentile(result.shipments, 0.95))) |
        | busiest Visma endpoint during the flow | \(result.busiestVismaEndpoint): \(format(result.busiestVismaEndpointPerMinute, 1))/min = \(format(budgetShare, 1)) % of 600/min |
        | idle: Visma requests per minute | \(format(result.idleVismaPerMinute, 1)) |
        | idle: Ongoing requests per minute | \(format(result.idleOngoingPerMinute, 1)) |
        | idle: CPU of `ovsync run` | \(result.idleCPUPercent.map { format($0, 2) + " %" } ?? "-") |
        """)
    }

    /// The dashboard's frame cost and the demo's CPU use.
    mutating func dashboard(frame: (render: Double, renderAndDiff: Double), demoCPU: Double?) {
        sections.append("""
        ## Dashboard

        | measure | value |
        |---|---:|
        | frame at 200×60 with 10,000 orders: render | \(format(frame.render / 1000, 3)) ms |
        | frame at 200×60 with 10,000 orders: render + diff (what the flush writes) | \(format(frame.renderAndDiff / 1000, 3)) ms |
        | `ovsync demo` CPU over 30 s (dashboard, engine, both sandboxes with activity) | \(demoCPU.map { format($0, 2) + " % of one core" } ?? "not measured (needs tmux)") |
        """)
    }

    /// Everything measured, as Markdown.
    var text: String { sections.joined(separator: "\n\n") + "\n" }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
