import Foundation
import Sandbox
import Synchronization

/// The benchmark's child process: both sandboxes, steered by one-line commands on stdin with
/// one-line answers on stdout, so the engine's CPU and memory are measured without them.
enum SandboxHost {
    /// Serves commands until `quit` or end of input.
    static func serve() async {
        let host = Host()
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // A thread of its own: a blocking read must not occupy the server's task pool.
            Thread.detachNewThread {
                while let line = readLine() {
                    let words = line.split(separator: " ").map(String.init)
                    guard let command = words.first else { continue }
                    if command == "quit" { break }
                    let reply = Blocking.run { await host.handle(command, Array(words.dropFirst())) }
                    FileHandle.standardOutput.write(Data((reply + "\n").utf8))
                }
                done.resume()
            }
        }
        await host.stop()
    }

    /// The sandboxes and their servers.
    actor Host {
        private var visma: VismaSandbox?
        private var ongoing: OngoingSandbox?
        private var servers: [SandboxServer] = []
        private var random = SeededGenerator(seed: 7)

        func handle(_ command: String, _ arguments: [String]) async -> String {
            let options = Dictionary(arguments.compactMap { pair -> (String, String)? in
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }, uniquingKeysWith: { $1 })
            switch command {
            case "start": return await start(options)
            case "add-orders": return addOrders(Int(arguments.first ?? "") ?? 0)
            case "ship": return ship(Int(arguments.first ?? "") ?? 0)
            case "ship-order":
                ongoing?.advance(orderNumber: arguments.first ?? "", to: 450)
                return "ok"
            case "create-order": return addOrders(1)
            case "counts": return counts()
            case "observe": return observe(arguments)
            case "latency":
                let plan = FaultPlan(latencyMilliseconds: Int(arguments.first ?? "") ?? 0)
                visma?.faults.plan = plan
                ongoing?.faults.plan = plan
                return "ok"
            default: return "error unknown command \(command)"
            }
        }

        private func start(_ options: [String: String]) async -> String {
            await stop()
            var vismaOptions = VismaSandbox.Options()
            vismaOptions.seed = 42
            vismaOptions.articleCount = Int(options["articles"] ?? "") ?? 200
            vismaOptions.orderCount = 0
            vismaOptions.customerCount = 40
            vismaOptions.rateLimitPerMinute = Int(options["visma-limit"] ?? "") ?? 600
            vismaOptions.faults = FaultPlan(latencyMilliseconds: Int(options["latency"] ?? "") ?? 0)
            var ongoingOptions = OngoingSandboxOptions()
            ongoingOptions.seed = 42
            ongoingOptions.newArticleStock = 0...500
            ongoingOptions.shortPickRate = 0.1
            ongoingOptions.faultPlan = vismaOptions.faults
            let visma = VismaSandbox(options: vismaOptions)
            let ongoing = OngoingSandbox(options: ongoingOptions)
            let vismaServer = visma.makeServer(port: 0)
            let ongoingServer = ongoing.makeServer(port: 0)
            do {
                let vismaPort = try await vismaServer.start()
                let ongoingPort = try await ongoingServer.start()
                self.visma = visma
                self.ongoing = ongoing
                servers = [vismaServer, ongoingServer]
                return "ready \(vismaPort) \(ongoing.apiURL(port: ongoingPort).absoluteString)"
            } catch {
                return "error \(error)"
            }
        }

        func stop() async {
            for server in servers { await server.stop() }
            servers = []
        }

        private func addOrders(_ count: Int) -> String {
            guard let visma else { return "error not started" }
            let goods = visma.articles().filter { !$0.isServiceArticle && $0.isActive }
            guard !goods.isEmpty else { return "error no goods articles" }
            var last = 0
            for _ in 0..<count {
                let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    VismaSandbox.NewLine(articleNumber: goods.randomElement(using: &random)!.number, quantity: Decimal(Int.random(in: 1...5, using: &random)))
                }
                last = visma.createOrder(lines: lines)?.number ?? last
            }
            return "created \(last)"
        }

        private func ship(_ count: Int) -> String {
            guard let ongoing else { return "error not started" }
            let open = ongoing.orders().filter { $0.status < 450 }.sorted { $0.orderId < $1.orderId }.prefix(count)
            for order in open { ongoing.advance(orderNumber: order.orderNumber, to: 450) }
            return "shipped \(open.count)"
        }

        private func counts() -> String {
            let payload: [String: [String: Int]] = ["visma": visma?.requestCounts ?? [:], "ongoing": ongoing?.requestCounts ?? [:]]
            let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }

        private func observe(_ numbers: [String]) -> String {
            guard let visma, let ongoing else { return "{}" }
            let present = numbers.filter { ongoing.order(number: $0) != nil }
            let completed = numbers.filter { visma.order(number: Int($0) ?? -1).map { $0.status >= 3 } ?? false }
            let data = (try? JSONSerialization.data(withJSONObject: ["present": present, "completed": completed])) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// Runs async work to completion from a plain thread.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0! }
    }
}
