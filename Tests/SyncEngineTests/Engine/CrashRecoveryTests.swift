import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `ovsync run` killed with SIGKILL at random moments while the warehouse ships, restarted
/// each time: nothing doubled, nothing lost.
@Suite("Crash recovery of ovsync run")
struct CrashRecoveryTests {
    /// A small seeded generator, so a failing run can be repeated from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("killed at 12 random moments mid-cycle and restarted, the engine leaves one order per number, one write-back per shipment, and equal stock")
    func killAndRestartLeavesNoDuplicateAndNoLostWrite() async throws {
        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SplitMix(state: seed)
        try await SandboxPair.with(visma: { $0.articleCount = 24 }, ongoing: { $0.shortPickRate = 0.2 }, configure: { configuration in
            for process in ProcessName.allCases { configuration.setSchedule(ProcessSchedule(intervalSeconds: 5), of: process) }
        }) { pair in
            let goods = pair.goodsNumbers
            var numbers: [Int] = []
            func addOrder() throws {
                let first = goods[Int.random(in: 0..<goods.count, using: &random)]
                let second = goods[Int.random(in: 0..<goods.count, using: &random)]
                let lines = first == second ? [(first, Decimal(3))] : [(first, Decimal(2)), (second, Decimal(Int.random(in: 1...5, using: &random)))]
                numbers.append(try pair.createOrder(lines))
            }
            for _ in 0..<8 { try addOrder() }

            let binary = try await OvsyncBinary.url()
            let environment = OvsyncBinary.environment(home: pair.connected.home)
            let arguments = ["run", "--home", pair.connected.home.path]
            let warehouse = Task {
                while !Task.isCancelled {
                    pair.ongoing.tick()
                    try await Task.sleep(for: .milliseconds(150))
                }
            }

            // A little latency stretches every cycle, so most kills land in the middle of one.
            pair.visma.faults.plan = FaultPlan(latencyMilliseconds: 15)
            pair.ongoing.faults.plan = FaultPlan(latencyMilliseconds: 15)
            for kill in 0..<12 {
                let child = try ChildProcess(binary, arguments: arguments, environment: environment)
                try await Task.sleep(for: .milliseconds(Int.random(in: 250...1800, using: &random)))
                child.send(SIGKILL)
                let status = try await child.waitForExit(timeout: .seconds(10))
                #expect(status == SIGKILL, "kill \(kill) (seed \(seed))")
                if kill % 3 == 1 { try addOrder() }
            }
            warehouse.cancel()
            _ = try? await warehouse.value
            pair.visma.faults.plan = FaultPlan()
            pair.ongoing.faults.plan = FaultPlan()
            // The killed runs did real work: orders reached Ongoing and shipments came back.
            #expect(!pair.ongoing.orders().isEmpty, "seed \(seed)")
            #expect(pair.visma.requestCount("POST /v2/orders/{id}/completed") > 0, "seed \(seed)")

            // Let it finish: everything ships, one uninterrupted run settles, then stops cleanly.
            pair.ongoing.shipAll()
            let finalRun = try ChildProcess(binary, arguments: arguments, environment: environment)
            let settled = await Self.poll(timeout: .seconds(90)) { Self.isSettled(pair, numbers: numbers) }
            finalRun.send(SIGTERM)
            #expect(try await finalRun.waitForExit(timeout: .seconds(20)) == 0)
            #expect(settled, "not settled (seed \(seed)): \(Self.unsettled(pair, numbers: numbers))")

            // No order twice in Ongoing, and none that Visma does not have.
            let ongoingNumbers = pair.ongoing.orders().map(\.orderNumber)
            #expect(ongoingNumbers.count == Set(ongoingNumbers).count, "duplicates (seed \(seed))")
            #expect(Set(ongoingNumbers) == Set(numbers.map(String.init)), "seed \(seed)")
            // Every shipment written back exactly once: one /completed per order, each accepted.
            #expect(pair.visma.requestCount("POST /v2/orders/{id}/completed") == numbers.count, "seed \(seed)")
            for number in numbers {
                let visma = try #require(pair.visma.order(number: number))
                let ongoing = try #require(pair.ongoingOrder(number))
                #expect(visma.status == 3, "order \(number) (seed \(seed))")
                let picked = Dictionary(uniqueKeysWithValues: ongoing.lines.map { (Int($0.rowNumber)!, $0.picked.rounded(scale: 2)) })
                for row in visma.rows {
                    #expect(row.deliveredQuantity == picked[row.lineNumber] ?? 0, "order \(number) row \(row.lineNumber) (seed \(seed))")
                }
                #expect(ongoing.lines.allSatisfy { $0.reported == $0.picked }, "order \(number) (seed \(seed))")
            }
            let parked = try pair.connected.workspace.store.read { try $0.parkedItems(.primary) }
            #expect(parked.isEmpty, "\(parked) (seed \(seed))")
        }
    }

    /// Every order shipped and written back, and Visma's stock equal to Ongoing's.
    static func isSettled(_ pair: SandboxPair, numbers: [Int]) -> Bool {
        unsettled(pair, numbers: numbers).isEmpty
    }

    /// What is not in its end state yet.
    static func unsettled(_ pair: SandboxPair, numbers: [Int]) -> [String] {
        var open: [String] = []
        for number in numbers {
            if pair.visma.order(number: number)?.status != 3 { open.append("order \(number) not shipped in Visma") }
            if pair.ongoingOrder(number)?.lines.allSatisfy({ $0.reported == $0.picked }) != true { open.append("order \(number) not reported in Ongoing") }
        }
        for article in pair.ongoing.articles() where pair.visma.article(number: article.articleNumber)?.stockBalance != article.sellableNumberOfItems {
            open.append("stock of \(article.articleNumber): Visma \(pair.visma.article(number: article.articleNumber)?.stockBalance ?? -1), Ongoing \(article.sellableNumberOfItems)")
        }
        return open
    }

    /// Polls `condition` every 100 ms until it holds or `timeout` passes.
    static func poll(timeout: Duration, _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return condition()
    }
}
