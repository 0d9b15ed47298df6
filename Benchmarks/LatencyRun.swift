import Foundation
import SyncEngine

/// What `ovsync run` with default settings achieves: order and shipment latency, request
/// budget used, and the idle cost.
struct LatencyResult {
    var orders: [Double]
    var shipments: [Double]
    var idleVismaPerMinute: Double
    var idleOngoingPerMinute: Double
    /// The busiest Visma endpoint's requests per minute during the order flow.
    var busiestVismaEndpointPerMinute: Double
    var busiestVismaEndpoint: String
    /// CPU seconds the engine process used per minute while idle.
    var idleCPUPercent: Double?
}

enum LatencyRun {
    /// Starts the sandboxes (Visma's real limit of 600/min per endpoint), connects a home with
    /// default settings, runs the real `ovsync run`, measures an idle window, then creates
    /// orders for `minutes` and follows each to Ongoing and, once shipped, back to Visma.
    static func run(ovsync: URL, minutes: Double, idleSeconds: Double) async throws -> LatencyResult {
        let control = try SandboxControl()
        defer { control.stop() }
        let ready = try control.send("start articles=200 latency=0 visma-limit=600").split(separator: " ")
        guard ready.count == 3, let vismaPort = Int(ready[1]), let ongoingURL = URL(string: String(ready[2])) else { throw BenchmarkError("sandbox did not start") }
        let home = try await BenchmarkHome.connect(vismaPort: vismaPort, ongoingURL: ongoingURL)
        defer { home.remove() }

        let engine = Process()
        engine.executableURL = ovsync
        engine.arguments = ["run", "--home", home.directory.path]
        engine.standardError = FileHandle.nullDevice
        engine.standardOutput = FileHandle.nullDevice
        try engine.run()
        defer {
            engine.terminate()
            engine.waitUntilExit()
        }
        try await waitForFirstCycles(home)

        let idleStart = try control.counts()
        let idleCPUStart = ResourceUsage.cpuSeconds(ofProcess: engine.processIdentifier)
        try await Task.sleep(for: .seconds(idleSeconds))
        let idle = try control.counts().since(idleStart)
        let idleCPUEnd = ResourceUsage.cpuSeconds(ofProcess: engine.processIdentifier)
        let idleCPU = idleCPUStart.flatMap { start in idleCPUEnd.map { ($0 - start) / idleSeconds * 100 } }

        var created: [String: Date] = [:]
        var present: [String: Date] = [:]
        var shippedAt: [String: Date] = [:]
        // The warehouse ships each order a random while after it arrives, as pickers do, so the
        // write-back's wait is not in step with the shipments process's timer.
        var shipDue: [String: Date] = [:]
        var completed: [String: Date] = [:]
        let flowStart = try control.counts()
        let started = Date()
        let creationEnds = started.addingTimeInterval(minutes * 60)
        var nextCreation = started
        var generator = SystemRandomNumberGenerator()
        while true {
            let now = Date()
            if now < creationEnds, now >= nextCreation {
                let reply = try control.send("create-order")
                if let number = reply.split(separator: " ").last.map(String.init) { created[number] = Date() }
                nextCreation = now.addingTimeInterval(Double.random(in: 2...6, using: &generator))
            }
            let open = created.keys.filter { completed[$0] == nil }
            if now >= creationEnds && (open.isEmpty || now.timeIntervalSince(creationEnds) > 100) { break }
            if !open.isEmpty {
                let seen = try JSONSerialization.jsonObject(with: Data(try control.send("observe " + open.joined(separator: " ")).utf8)) as? [String: [String]] ?? [:]
                for number in seen["present"] ?? [] where present[number] == nil {
                    present[number] = Date()
                    shipDue[number] = Date().addingTimeInterval(Double.random(in: 0...30, using: &generator))
                }
                for (number, due) in shipDue where shippedAt[number] == nil && due <= Date() {
                    try control.send("ship-order \(number)")
                    shippedAt[number] = Date()
                }
                for number in seen["completed"] ?? [] where completed[number] == nil { completed[number] = Date() }
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        let flow = try control.counts().since(flowStart)
        let flowMinutes = Date().timeIntervalSince(started) / 60
        let busiest = flow.visma.filter { !$0.key.hasPrefix("POST /connect") }.max { $0.value < $1.value }

        return LatencyResult(
            orders: created.compactMap { number, at in present[number].map { $0.timeIntervalSince(at) } },
            shipments: shippedAt.compactMap { number, at in completed[number].map { $0.timeIntervalSince(at) } },
            idleVismaPerMinute: Double(idle.visma.values.reduce(0, +)) / idleSeconds * 60,
            idleOngoingPerMinute: Double(idle.ongoing.values.reduce(0, +)) / idleSeconds * 60,
            busiestVismaEndpointPerMinute: Double(busiest?.value ?? 0) / flowMinutes,
            busiestVismaEndpoint: busiest?.key ?? "-",
            idleCPUPercent: idleCPU
        )
    }

    /// Waits until every process of the home has finished a first cycle.
    private static func waitForFirstCycles(_ home: BenchmarkHome) async throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let states = try home.workspace.store.read { try $0.processStates(.primary) }
            if states.count == ProcessName.allCases.count, states.allSatisfy({ $0.lastRunAt != nil }) { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw BenchmarkError("ovsync run did not finish its first cycles within 60 s")
    }
}

/// The value at `fraction` (0…1) of `values`, nearest rank.
func percentile(_ values: [Double], _ fraction: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}
