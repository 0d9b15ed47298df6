import Dashboard
import Foundation
import Testing
import TerminalUI

/// A frame stays cheap however long the queue grows: only the visible rows are built.
struct RenderPerformanceTests {
    /// Test a 200×60 frame with 10,000 queued orders and a full log renders within budget
    /// (2 ms optimised; debug builds, unoptimised, get ten times that).
    @Test func renderWithTenThousandOrders() {
        var state = DashboardFixtures.emptyState(size: Size(width: 200, height: 60))
        _ = state.update(.snapshot(DashboardFixtures.snapshot(orderCount: 10_000)))
        _ = state.update(.engine((0..<5_000).map { DashboardFixtures.log("line \($0) of a busy log", offset: Double($0) / 100) }))
        _ = state.update(.key(.character("2")))
        _ = state.update(.key(.pageDown))
        #expect(state.orders.count == 10_008)
        let size = Size(width: 200, height: 60)
        _ = DashboardRenderer.render(state, size: size)
        let rounds = 50
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds { _ = DashboardRenderer.render(state, size: size) }
        }
        let perFrame = elapsed / rounds
        #if DEBUG
        let budget = Duration.milliseconds(20)
        #else
        let budget = Duration.milliseconds(2)
        #endif
        #expect(perFrame <= budget, "a frame took \(perFrame)")
    }
}
