import Foundation
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Once everything is in step, a further run changes nothing anywhere.
@Suite("A second run")
struct IdleCycleTests {
    @Test("after a full sync, another round writes nothing and reads one list per process")
    func secondRunWritesNothing() async throws {
        try await SandboxPair.with { pair in
            let goods = pair.goodsNumbers
            try pair.createOrder([(goods[0], 2), (goods[1], 1)])
            let shipped = try pair.createOrder([(goods[2], 4)])
            let harness = try pair.makeHarness()
            try await harness.runUntilQuiet()
            pair.ongoing.advance(orderNumber: String(shipped), to: 450)
            try await harness.runUntilQuiet()
            let writesBefore = pair.writeCounts
            let readsBefore = pair.readCounts

            let round = await harness.runRound()

            #expect(round.failures.isEmpty)
            #expect(round.written == 0)
            #expect(pair.writeCounts == writesBefore)
            let reads = pair.readCounts.merging(readsBefore) { $0 - $1 }.filter { $0.value != 0 }
            #expect(reads.values.reduce(0, +) == 4, "\(reads)")
        }
    }
}
