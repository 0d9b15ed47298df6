import APITransport
import Foundation
import Sandbox
import Testing
import VismaEAccounting

@Suite(.timeLimit(.minutes(1)))
struct PacingTests {
    @Test func honoursVismasWaitHintAfterA429() async throws {
        let clock = VirtualClock()
        try await VismaHarness.run({ options in
            options.rateLimitPerMinute = 3
            options.clock = { clock.now() }
        }) { harness in
            let (client, _) = try await harness.connectedClient(clock: clock)
            for _ in 0..<2 { _ = try await blocking { try client.companySettings() } }
            let throttled = await #expect(throws: VismaError.self) { try await blocking { try client.companySettings() } }
            #expect(throttled?.status == 429)
            #expect(throttled?.errorCode == 4010)
            #expect(throttled?.classification == .transient)
            let hint = try #require(throttled?.retryAfter)
            #expect(hint > 0 && hint <= 60)

            let sleptBefore = clock.slept
            let settings = try await blocking { try client.companySettings() }
            #expect(settings.name == harness.sandbox.options.companyName)
            #expect(clock.slept - sleptBefore >= hint)
        }
    }

    @Test func pacesEachEndpointBelowItsBudget() async throws {
        try await VismaHarness.run { harness in
            let clock = VirtualClock()
            let pacer = RequestPacer(budget: 2, window: .seconds(60), clock: clock)
            let (client, _) = try await harness.connectedClient(clock: clock, pacer: pacer)
            for _ in 0..<2 { _ = try await blocking { try client.companySettings() } }
            #expect(clock.slept == 0)
            _ = try await blocking { try client.page(.articles, pageSize: 1) }
            #expect(clock.slept == 0)
            _ = try await blocking { try client.companySettings() }
            #expect(clock.slept >= 59)
        }
    }

    @Test func theDefaultBudgetIsEightyPercentOfVismasLimit() {
        #expect(VismaClient.makePacer().budget == 480)
    }
}
