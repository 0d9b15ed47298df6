import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI

/// Journeys through the reducer and an in-memory terminal with a virtual clock.
@MainActor
struct ScriptedJourneyTests {
    /// Test an order flows through its stages on screen as engine events arrive, ages tick, and
    /// only the changed cells are flushed.
    @Test func orderFlowsThroughItsStages() {
        let driver = ScriptedDriver(state: DashboardFixtures.state())
        var order = OrderLinkRecord(connectionID: .primary, vismaID: "new-order", vismaNumber: 2001, ongoingOrderNumber: "2001",
                                    stage: .new, at: DashboardFixtures.now)
        driver.engine(.order(order), DashboardFixtures.log("new open order in Visma; sending to Ongoing", key: "2001"))
        #expect(driver.screen.contains("2001 ●○○○○    in Visma"))
        for (stage, word) in [(OrderStage.sent, "in Ongoing"), (.picking, "picking"), (.shipped, "shipped"), (.reported, "written back")] {
            driver.advance(5)
            order.stage = stage
            order.updatedAt = driver.clock
            driver.engine(.order(order))
            #expect(driver.screen.contains("2001"), "\(stage)")
            #expect(driver.screen.contains(word), "\(stage)")
        }
        #expect(driver.screen.contains("2001 ●●●●●    written back  20s"))
        driver.advance(1)
        #expect(!driver.backend.lastChanges.isEmpty && driver.backend.lastChanges.count < 200, "a tick redraws the ages and clock only")
    }

    /// Test switching `orders` off and on: pending, then confirmed by the engine.
    @Test func switchOrdersOffAndOn() {
        let driver = ScriptedDriver(state: DashboardFixtures.state())
        driver.press(.character("j"), .character(" "))
        #expect(driver.screen.contains("◐ orders    switching off"))
        var record = driver.state.process(.orders)
        record.enabled = false
        record.state = .disabled
        driver.engine(.process(record))
        #expect(driver.screen.contains("○ orders    disabled"))
        driver.press(.character(" "))
        record.enabled = true
        record.state = .idle
        driver.engine(.process(record))
        #expect(driver.screen.contains("● orders    idle"))
        let switches = driver.effects.compactMap { effect -> Bool? in
            if case .setProcess(.orders, let enabled) = effect { return enabled }
            return nil
        }
        #expect(switches == [false, true])
    }

    /// Test the log pane: filter narrows, pause shows new lines waiting, follow catches up.
    @Test func eventsPauseAndFilter() {
        let driver = ScriptedDriver(state: DashboardFixtures.state())
        driver.press(.character("4"), .character("a"))
        driver.engine(DashboardFixtures.log("first new line", offset: 1), DashboardFixtures.log("second new line", offset: 2))
        #expect(driver.screen.contains("paused, 2 new") || driver.screen.contains("paused"))
        driver.press(.character("a"))
        #expect(driver.screen.contains("second new line"))
        driver.press(.character("/"))
        driver.type("second")
        #expect(driver.screen.contains("filter \"second\" 1/6"))
        #expect(!driver.screen.contains("first new line"))
        driver.press(.escape)
        #expect(driver.screen.contains("first new line"))
    }

    /// Test resizing: two columns, stacked, too small, and back.
    @Test func resizing() {
        let driver = ScriptedDriver(state: DashboardFixtures.state())
        driver.resize(to: Size(width: 70, height: 30))
        #expect(driver.screen.split(separator: "\n").first { $0.contains("2 Orders") }?.contains("3 Stock") == false)
        driver.resize(to: Size(width: 40, height: 10))
        #expect(driver.screen.contains("terminal too small (need 60×22)"))
        driver.resize(to: Size(width: 120, height: 30))
        #expect(driver.screen.contains("1 Processes"))
    }

    /// Test `y` copies the selected line and says so.
    @Test func copySelectedLine() {
        let driver = ScriptedDriver(state: DashboardFixtures.state())
        driver.press(.character("y"))
        guard case .copy(let text)? = driver.effects.last else {
            Issue.record("expected a copy, got \(driver.effects)")
            return
        }
        #expect(text.hasPrefix("articles: on, idle"))
        #expect(driver.screen.contains("copied: articles"))
        driver.advance(6)
        #expect(!driver.screen.contains("copied:"))
    }
}
