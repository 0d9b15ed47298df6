import Foundation
import Sandbox
import Testing

/// The simulated warehouse: status flow, short picks, stock movements, determinism by seed.
@Suite struct OngoingWarehouseSimulationTests {
    /// Options with a frozen clock, so that runs can be compared.
    private static func options(seed: UInt64, shortPickRate: Double = 0.3) -> OngoingSandboxOptions {
        var options = OngoingSandboxOptions()
        options.seed = seed
        options.shortPickRate = shortPickRate
        options.now = { Date(timeIntervalSince1970: 1_767_261_600) }
        return options
    }

    /// Places `count` orders over articles A, B, C and ticks the warehouse `ticks` times.
    private static func simulate(_ options: OngoingSandboxOptions, orders count: Int = 12, ticks: Int = 12) async throws -> ([OngoingSandboxOrder], [OngoingSandboxArticle]) {
        try await OngoingSandboxHTTP.run(options) { http in
            try await http.stockArticles(["A", "B", "C"], stock: 20)
            for index in 0..<count {
                _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("O\(index)", lines: [("A", 1 + index % 3), ("B", 2), ("C", index % 2 + 1)]))
            }
            for _ in 0..<ticks { http.sandbox.tick() }
            return (http.sandbox.orders(), http.sandbox.articles())
        }
    }

    @Test func sameSeedGivesTheSameWarehouse() async throws {
        let first = try await Self.simulate(Self.options(seed: 7))
        let second = try await Self.simulate(Self.options(seed: 7))
        let other = try await Self.simulate(Self.options(seed: 8))
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
        #expect(first.0 != other.0 || first.1 != other.1)
    }

    @Test func ordersOnlyMoveForwardThroughTheStandardFlow() async throws {
        let flow = [200, 300, 320, 400, 450, 500]
        try await OngoingSandboxHTTP.run(Self.options(seed: 3)) { http in
            try await http.stockArticles(["A"])
            for index in 0..<5 { _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("F\(index)", lines: [("A", 1)])) }
            var last = Dictionary(uniqueKeysWithValues: http.sandbox.orders().map { ($0.orderNumber, $0.status) })
            for _ in 0..<40 {
                http.sandbox.tick()
                for order in http.sandbox.orders() {
                    let before = try #require(flow.firstIndex(of: last[order.orderNumber]!))
                    let now = try #require(flow.firstIndex(of: order.status))
                    #expect(now == before || now == before + 1)
                    last[order.orderNumber] = order.status
                }
            }
            #expect(http.sandbox.orders().allSatisfy { $0.status == 500 })
        }
    }

    @Test func shortPickRateDecidesWhetherLinesArePickedInFull() async throws {
        for (rate, expectShort) in [(0.0, false), (1.0, true)] {
            try await OngoingSandboxHTTP.run(Self.options(seed: 5, shortPickRate: rate)) { http in
                try await http.stockArticles(["A", "B"])
                _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("S", lines: [("A", 4), ("B", 6)]))
                http.sandbox.shipAll()
                let order = try #require(http.sandbox.order(number: "S"))
                #expect(order.status == 450)
                #expect(order.shippedTime != nil)
                #expect(order.lines.allSatisfy { ($0.picked < $0.ordered) == expectShort })
            }
        }
    }

    @Test func pickingTakesExactlyThePickedItemsOffTheShelf() async throws {
        try await OngoingSandboxHTTP.run(Self.options(seed: 11, shortPickRate: 0.5)) { http in
            try await http.stockArticles(["A"], stock: 50)
            for index in 0..<6 { _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("K\(index)", lines: [("A", 3)])) }
            http.sandbox.shipAll()
            let picked = http.sandbox.orders().flatMap(\.lines).reduce(Decimal(0)) { $0 + $1.picked }
            #expect(http.sandbox.article(number: "A")?.numberOfItems == 50 - picked)
        }
    }

    @Test func lineIsNeverPickedBeyondStock() async throws {
        try await OngoingSandboxHTTP.run(Self.options(seed: 2, shortPickRate: 0)) { http in
            try await http.stockArticles(["A"], stock: 5)
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("X1", lines: [("A", 4)]))
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("X2", lines: [("A", 4)]))
            http.sandbox.shipAll()
            #expect(http.sandbox.orders().map { $0.lines[0].picked } == [4, 1])
            #expect(http.sandbox.article(number: "A")?.numberOfItems == 0)
        }
    }

    @Test func idleWarehouseReceivesGoodsAndTakesStock() async throws {
        try await OngoingSandboxHTTP.run(Self.options(seed: 9)) { http in
            http.sandbox.addArticles(count: 20, stock: 10)
            let before = http.sandbox.articles().map(\.numberOfItems)
            for _ in 0..<60 { http.sandbox.tick() }
            let after = http.sandbox.articles().map(\.numberOfItems)
            #expect(after.reduce(0, +) > before.reduce(0, +))
            #expect(after.allSatisfy { $0 >= 0 })
            let adjustments = try await http.send("GET", "inventoryAdjustments?goodsOwnerId=159&from=2000-01-01&toTime=2100-01-01")
            #expect((try adjustments.json() as? [Any])?.isEmpty == false)
        }
    }

    @Test func timerMovesOrdersWithoutManualSteps() async throws {
        var options = OngoingSandboxOptions()
        options.activity = true
        options.tickInterval = .milliseconds(10)
        try await OngoingSandboxHTTP.run(options) { http in
            try await http.stockArticles(["A"])
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("T1", lines: [("A", 1)]))
            for _ in 0..<300 where http.sandbox.order(number: "T1")?.status != 500 {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(http.sandbox.order(number: "T1")?.status == 500)
        }
    }
}
