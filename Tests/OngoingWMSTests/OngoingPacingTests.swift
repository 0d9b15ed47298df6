import APITransport
import Foundation
import OngoingWMS
import Sandbox
import Testing

@Suite struct OngoingPacingTests {
    private func client(_ transport: ScriptedTransport, pacing: OngoingPacing) -> OngoingClient {
        OngoingClient(configuration: OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                          credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159),
                      transport: transport, pacing: pacing)
    }

    @Test func breakerOpensAfterThreeFailuresSoOngoingNeverSeesFive() throws {
        let clock = ManualPacingClock()
        let transport = ScriptedTransport(status: 500, body: #"{"Message":"An error has occurred."}"#)
        let client = client(transport, pacing: OngoingPacing(clock: clock))
        for _ in 0..<10 { _ = try? client.upsertArticle(OngoingFactories.article("A")) }
        #expect(transport.sent.count == 3)
        #expect(throws: OngoingError.self) { try client.upsertArticle(OngoingFactories.article("A")) }
        do {
            _ = try client.upsertArticle(OngoingFactories.article("A"))
        } catch let error as OngoingError {
            guard case .circuitOpen(let method, _) = error else { Issue.record("got \(error)"); return }
            #expect(method == "PUT /articles")
            #expect(error.kind == .transient)
        }
    }

    @Test func noTenMinuteWindowHoldsFiveFailuresEvenWithTrialCalls() throws {
        let clock = ManualPacingClock()
        let transport = ScriptedTransport(status: 500, body: "{}")
        let client = client(transport, pacing: OngoingPacing(clock: clock))
        var failureTimes: [Date] = []
        for _ in 0..<120 {
            let before = transport.sent.count
            _ = try? client.orderStatuses()
            if transport.sent.count > before { failureTimes.append(clock.now()) }
            clock.advance(by: 30)
        }
        #expect(failureTimes.count > 3)
        for (index, start) in failureTimes.enumerated() {
            let inWindow = failureTimes[index...].prefix { $0.timeIntervalSince(start) < 600 }
            #expect(inWindow.count < 5)
        }
    }

    @Test func breakerIsPerMethod() throws {
        let transport = ScriptedTransport([
            .success(HTTPResponse(status: 500)), .success(HTTPResponse(status: 500)), .success(HTTPResponse(status: 500)),
            .success(HTTPResponse(status: 200, body: Data(#"{"orderStatuses":[{"number":200,"text":"Open"}]}"#.utf8))),
        ])
        let client = client(transport, pacing: OngoingPacing(clock: ManualPacingClock()))
        for _ in 0..<3 { _ = try? client.upsertArticle(OngoingFactories.article("A")) }
        #expect(try client.orderStatuses().map(\.number) == [200])
    }

    @Test func successResetsTheFailureCount() throws {
        let ok = Result<HTTPResponse, TransportError>.success(HTTPResponse(status: 200, body: Data(#"{"orderStatuses":[]}"#.utf8)))
        let failed = Result<HTTPResponse, TransportError>.success(HTTPResponse(status: 503))
        let transport = ScriptedTransport([failed, failed, ok, failed, failed, ok])
        let client = client(transport, pacing: OngoingPacing(clock: ManualPacingClock()))
        for _ in 0..<6 { _ = try? client.orderStatuses() }
        #expect(transport.sent.count == 6)
    }

    @Test func throttledMethodWaitsForRetryAfterBeforeTheNextCall() throws {
        let clock = ManualPacingClock()
        let transport = ScriptedTransport([
            .success(HTTPResponse(status: 429, headers: [("Retry-After", "20")])),
            .success(HTTPResponse(status: 200, body: Data(#"{"orderStatuses":[]}"#.utf8))),
        ])
        let client = client(transport, pacing: OngoingPacing(clock: clock))
        let start = clock.now()
        #expect(throws: OngoingError.throttled(retryAfter: 20, message: "")) { try client.orderStatuses() }
        _ = try client.orderStatuses()
        #expect(clock.now().timeIntervalSince(start) >= 20)
    }

    @Test func atMostOneWriteIsInFlightPerGoodsOwner() async throws {
        var options = OngoingSandboxOptions()
        options.faultPlan = FaultPlan(latencyMilliseconds: 40)
        try await OngoingTestHarness.run(options) { harness in
            let pacing = OngoingPacing()
            let articles = harness.client(pacing: pacing)
            let orders = harness.client(pacing: pacing)
            _ = try await blocking { try articles.upsertArticle(OngoingFactories.article("BASE")) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        _ = try await blocking { try articles.upsertArticle(OngoingFactories.article("A\(index)")) }
                    }
                    group.addTask {
                        _ = try await blocking { try orders.upsertOrder(OngoingFactories.order("O\(index)", lines: [("BASE", 1)])) }
                    }
                }
                try await group.waitForAll()
            }
            #expect(harness.sandbox.maxConcurrentWrites() == 1)
            #expect(harness.sandbox.orders().count == 6)
        }
    }

    /// A transport whose writes wait until a read has gone through, and report whether one did.
    private final class ReadBeforeWriteTransport: HTTPTransport {
        let readArrived = DispatchSemaphore(value: 0)

        func send(_ request: HTTPRequest, timeout: Duration) throws -> HTTPResponse {
            if request.method == "GET" {
                readArrived.signal()
                return HTTPResponse(status: 200, body: Data(#"{"orderStatuses":[]}"#.utf8))
            }
            let overlapped = readArrived.wait(timeout: .now() + 5) == .success
            return HTTPResponse(status: overlapped ? 200 : 500, body: Data(#"{"articleSystemId": 1}"#.utf8))
        }
    }

    @Test func readsAreNotHeldBehindAWriteInFlight() async throws {
        let transport = ReadBeforeWriteTransport()
        let client = OngoingClient(configuration: OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                                     credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159),
                                   transport: transport)
        async let write = blocking { try client.upsertArticle(OngoingFactories.article("A")) }
        try await Task.sleep(for: .milliseconds(50))
        _ = try await blocking { try client.orderStatuses() }
        #expect(try await write.articleSystemId == 1)
    }
}
