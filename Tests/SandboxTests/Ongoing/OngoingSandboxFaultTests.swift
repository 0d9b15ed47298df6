import Foundation
import Sandbox
import Testing

/// Injected faults and scale.
@Suite struct OngoingSandboxFaultTests {
    @Test func throttlingAnswers429WithRetryAfterAndAMessage() async throws {
        var options = OngoingSandboxOptions()
        options.faultPlan = FaultPlan(throttleRate: 1)
        try await OngoingSandboxHTTP.run(options) { http in
            let answer = try await http.send("GET", "orders/statuses")
            #expect(answer.status == 429)
            #expect(answer.header("Retry-After") == "1")
            #expect((try answer.json() as? [String: Any])?["message"] is String)
        }
    }

    @Test func faultPlanCanChangeWhileServing() async throws {
        try await OngoingSandboxHTTP.run { http in
            http.sandbox.faults.plan = FaultPlan(serverErrorRate: 1)
            let failing = try await http.send("GET", "orders/statuses")
            http.sandbox.faults.plan = FaultPlan()
            let healthy = try await http.send("GET", "orders/statuses")
            #expect(failing.status >= 500)
            #expect(healthy.status == 200)
        }
    }

    @Test func tenThousandArticlesPageQuicklyAndLookUpByNumber() async throws {
        try await OngoingSandboxHTTP.run { http in
            http.sandbox.addArticles(count: 10_000)
            let clock = ContinuousClock()
            let started = clock.now
            var from = 0
            var total = 0
            while true {
                let page = try await http.send("GET", "articles?goodsOwnerId=159&articleSystemIdFrom=\(from)&maxArticlesToGet=1000")
                let items = try #require(try page.json() as? [[String: Any]])
                total += items.count
                guard items.count == 1000, let last = items.last?["articleSystemId"] as? Int else { break }
                from = last + 1
            }
            for index in stride(from: 1, through: 10_000, by: 500) {
                let found = try await http.send("GET", "articles?goodsOwnerId=159&articleNumber=ART-\(index)")
                #expect((try found.json() as? [Any])?.count == 1)
            }
            #expect(total == 10_000)
            #expect(clock.now - started < .seconds(20))
        }
    }
}
