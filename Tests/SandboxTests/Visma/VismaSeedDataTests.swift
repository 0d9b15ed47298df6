import Foundation
import Sandbox
import Testing

struct VismaSeedDataTests {
    private func options(seed: UInt64 = 7) -> VismaSandbox.Options {
        var options = VismaSandbox.Options()
        options.seed = seed
        options.articleCount = 300
        options.orderCount = 200
        options.referenceDate = Date(timeIntervalSince1970: 1_767_261_600)
        return options
    }

    @Test func theSameSeedGivesTheSameCompany() {
        let first = VismaSandbox(options: options())
        let second = VismaSandbox(options: options())
        #expect(first.articles() == second.articles())
        #expect(first.orders() == second.orders())
        #expect(VismaSandbox(options: options(seed: 8)).articles() != first.articles())
    }

    @Test func containsTheVarietyAnIntegrationMeets() {
        let sandbox = VismaSandbox(options: options())
        let articles = sandbox.articles()
        let orders = sandbox.orders()
        #expect(articles.count == 300 && orders.count == 200)
        #expect(articles.contains { $0.isServiceArticle })
        #expect(articles.contains { $0.name.contains { "åäöÅÄÖ".contains($0) } })
        #expect(articles.contains { $0.stockBalance != $0.stockBalance.roundedToWhole })
        #expect(Set(orders.map(\.status)) == [1, 2, 3, 4])
        #expect(orders.contains { $0.rows.contains(where: \.isTextRow) })
        #expect(orders.contains { $0.rows.contains(where: \.isServiceArticle) })
        #expect(orders.contains { $0.rows.contains { $0.quantity != $0.quantity.roundedToWhole } })
        let customer = sandbox.customer(id: orders[0].customerID!)
        #expect(customer?["ContactPersonMobile"]?.string != nil || customer?["EmailAddress"]?.string != nil)
        #expect(Set(articles.map(\.number)).count == articles.count)
        #expect(Set(orders.map(\.number)).count == orders.count)
    }

    @Test func somePairsOfArticlesShareTheirChangeTime() {
        let articles = VismaSandbox(options: options()).articles()
        #expect(Set(articles.map(\.changedUtc)).count < articles.count)
    }

    @Test func seedsBenchmarkSizedCompaniesQuickly() {
        var options = options()
        options.articleCount = 10_000
        options.orderCount = 5_000
        let started = Date()
        let sandbox = VismaSandbox(options: options)
        #expect(sandbox.articleCount == 10_000)
        #expect(sandbox.orderCount == 5_000)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func simulatedActivityChangesOrdersDeterministically() {
        let first = VismaSandbox(options: options())
        let second = VismaSandbox(options: options())
        let events = first.simulateActivity(events: 40)
        #expect(second.simulateActivity(events: 40) == events)
        #expect(Set(events).count >= 3)
        #expect(first.orders().map(\.number) == second.orders().map(\.number))
        #expect(first.orderCount != 200 || first.orders() != VismaSandbox(options: options()).orders())
    }

    @Test func aTimerDrivesActivityAtTheChosenRate() async throws {
        let sandbox = VismaSandbox(options: options())
        let before = sandbox.orders()
        sandbox.setActivityRate(perMinute: 6000)
        try await Task.sleep(for: .milliseconds(400))
        sandbox.setActivityRate(perMinute: 0)
        #expect(sandbox.orders() != before || sandbox.articles() != VismaSandbox(options: options()).articles())
    }

    @Test func cancellingDeletesOpenOrdersButNotShippedOnes() {
        let sandbox = VismaSandbox(options: options())
        let open = sandbox.orders().first { $0.status == 2 }!
        let shipped = sandbox.orders().first { $0.status == 3 }!
        #expect(sandbox.cancelOrder(number: open.number))
        #expect(sandbox.order(number: open.number) == nil)
        #expect(!sandbox.cancelOrder(number: shipped.number))
    }
}

extension Decimal {
    var roundedToWhole: Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .plain)
        return result
    }
}
