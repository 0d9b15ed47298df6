import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI

/// The reducer: keys and engine events in, state and effects out.
struct ReducerTests {
    /// Test Space asks to switch the selected process and shows it pending until the engine confirms.
    @Test func toggleIsPendingUntilConfirmed() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.down))
        #expect(state.selectedProcess == .orders)
        let effects = state.update(.key(.character(" ")))
        guard case .setProcess(.orders, enabled: false)? = effects.first else {
            Issue.record("expected to switch orders off, got \(effects)")
            return
        }
        #expect(state.pendingToggles[.orders] == false)
        var off = state.process(.orders)
        off.enabled = false
        off.state = .disabled
        _ = state.update(.engine([.process(off)]))
        #expect(state.pendingToggles[.orders] == nil)
        #expect(!state.process(.orders).enabled)
    }

    /// Test `r` runs the selected process now.
    @Test func runNow() {
        var state = DashboardFixtures.state()
        let effects = state.update(.key(.character("r")))
        guard case .runNow(.articles)? = effects.first else {
            Issue.record("expected run now, got \(effects)")
            return
        }
    }

    /// Test `q` and Ctrl-C quit; while typing `q` is text and Ctrl-C still quits.
    @Test func quitting() {
        var state = DashboardFixtures.state()
        #expect(isQuit(state.update(.key(.character("q")))))
        _ = state.update(.key(.character("4")))
        _ = state.update(.key(.character("/")))
        #expect(state.update(.key(.character("q"))).isEmpty)
        #expect(state.events.filter == "q")
        #expect(isQuit(state.update(.key(.control("c")))))
    }

    /// Test the filter narrows as typed, Enter keeps it, `/` recalls it and Esc clears it.
    @Test func eventsFilter() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("4")))
        _ = state.update(.key(.character("/")))
        for character in "ongoing" { _ = state.update(.key(.character(character))) }
        #expect(state.events.shownCount == 2)
        _ = state.update(.key(.enter))
        #expect(state.input == nil && state.events.filter == "ongoing")
        _ = state.update(.key(.character("/")))
        #expect(state.input?.text.value == "ongoing")
        _ = state.update(.key(.escape))
        #expect(state.events.filter.isEmpty && state.events.shownCount == 4)
    }

    /// Test Esc in the Events pane clears a kept filter.
    @Test func escapeClearsKeptFilter() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("4")))
        _ = state.update(.key(.character("/")))
        _ = state.update(.key(.character("x")))
        _ = state.update(.key(.enter))
        _ = state.update(.key(.escape))
        #expect(state.events.filter.isEmpty)
    }

    /// Test `f` holds engine events while frozen and applies them on unfreeze.
    @Test func freezeHoldsUpdates() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("f")))
        _ = state.update(.engine([DashboardFixtures.log("held back")]))
        #expect(state.events.totalCount == 4 && state.heldWhileFrozen.count == 1)
        _ = state.update(.key(.character("f")))
        #expect(state.events.totalCount == 5 && state.heldWhileFrozen.isEmpty && state.frozenAt == nil)
    }

    /// Test the order selection stays on its order when others move above it, and stays on top when watching the top.
    @Test func orderSelectionFollowsItsOrder() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("2")))
        _ = state.update(.key(.down))
        _ = state.update(.key(.down))
        let selected = state.selectedOrder!
        var newest = state.orders[state.orders.count - 1]
        newest.updatedAt = DashboardFixtures.now
        newest.stage = .reported
        _ = state.update(.engine([.order(newest)]))
        #expect(state.selectedOrder?.vismaID == selected.vismaID)
        _ = state.update(.key(.character("g")))
        var other = state.orders[3]
        other.updatedAt = DashboardFixtures.now.addingTimeInterval(1)
        _ = state.update(.engine([.order(other)]))
        #expect(state.orderList.selected == 0 && state.selectedOrder?.vismaID == other.vismaID)
    }

    /// Test Enter opens the order and asks for its history by Ongoing order number.
    @Test func orderDetails() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.tab))
        let effects = state.update(.key(.enter))
        let order = state.selectedOrder!
        guard case .loadOrderHistory(order.vismaID, order.ongoingOrderNumber)? = effects.first, case .order? = state.overlay else {
            Issue.record("expected the details overlay and a history load, got \(effects)")
            return
        }
        _ = state.update(.key(.escape))
        #expect(state.overlay == nil)
    }

    /// Test the parked overlay retries and skips the selected item.
    @Test func parkedRetryAndSkip() {
        var state = DashboardFixtures.state()
        guard case .loadParked? = state.update(.key(.character("p"))).first else {
            Issue.record("parked overlay should reload the items")
            return
        }
        guard case .retryParked(.orders, key: "1047")? = state.update(.key(.character("r"))).first,
              case .skipParked(.orders, key: "1047")? = state.update(.key(.character("x"))).first else {
            Issue.record("expected retry and skip of 1047")
            return
        }
    }

    /// Test settings: typing a number, refusing an invalid one, stepping and toggling, then saving.
    @Test func settingsEditAndSave() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("o")))
        _ = state.update(.key(.down))
        _ = state.update(.key(.enter))
        for key: KeyEvent in [.backspace, .character("3")] { _ = state.update(.key(key)) }
        _ = state.update(.key(.enter))
        guard case .settings(var form)? = state.overlay else {
            Issue.record("settings should stay open")
            return
        }
        #expect(form.error != nil && form.editing != nil)
        for key: KeyEvent in [.backspace, .character("1"), .character("5"), .enter] { _ = state.update(.key(key)) }
        guard case .settings(let typed)? = state.overlay else { return }
        form = typed
        #expect(form.values.orders.schedule.intervalSeconds == 15 && form.editing == nil)
        _ = state.update(.key(.right))
        guard case .settings(let stepped)? = state.overlay else { return }
        #expect(stepped.values.orders.schedule.intervalSeconds == 20)
        for _ in 0..<7 { _ = state.update(.key(.down)) }
        _ = state.update(.key(.character(" ")))
        let effects = state.update(.key(.character("s")))
        guard case .saveSettings(let saved)? = effects.first else {
            Issue.record("expected save, got \(effects)")
            return
        }
        #expect(saved.orders.schedule.intervalSeconds == 20)
        #expect(saved.shipments.backorderOnShortShipment)
        _ = state.update(.settingsSaved(saved))
        #expect(state.overlay == nil && state.configuration == saved)
    }

    /// Test `:theme NAME`, the theme picker, `:wizard` before the wizard exists and unknown commands.
    @Test func commands() {
        var state = DashboardFixtures.state()
        #expect(run(":theme light", on: &state).first.map { if case .applyTheme("light") = $0 { true } else { false } } == true)
        _ = run(":wizard", on: &state)
        #expect(state.flash?.text.contains("issue #7") == true)
        _ = run(":nonsense", on: &state)
        #expect(state.flash?.tone == .warning)
        _ = state.update(.key(.character("T")))
        _ = state.update(.key(.down))
        guard case .applyTheme("light")? = state.update(.key(.enter)).first else {
            Issue.record("the picker should apply the selected theme")
            return
        }
    }

    /// Test the first-run screen takes only its own keys and opens the wizard seam.
    @Test func firstRun() {
        var state = DashboardFixtures.emptyState()
        state.screen = .firstRun
        #expect(state.activeScopes == [.firstRun, .always])
        _ = state.update(.key(.character("s")))
        #expect(state.flash?.text.contains("issue #7") == true)
        state.makeWizard = { ScriptedScreen() }
        _ = state.update(.key(.character("s")))
        guard case .hosted? = Optional(state.screen), state.activeScopes.first == ScriptedScreen.scope else {
            Issue.record("the wizard should be hosted")
            return
        }
    }

    /// Test a hosted screen gets keys and task results, and closing it reloads the home.
    @Test func hostedScreen() {
        var state = DashboardFixtures.emptyState()
        state.screen = .hosted(ScriptedScreen())
        let effects = state.update(.key(.enter))
        guard case .runHostedTask(let task)? = effects.first else {
            Issue.record("expected a task, got \(effects)")
            return
        }
        let closing = state.update(.hostedTaskFinished(HostedTaskResult(id: task.id, value: "done")))
        guard case .reloadHome? = closing.first, case .firstRun = state.screen else {
            Issue.record("expected reload and the first-run screen, got \(closing)")
            return
        }
    }

    /// Test age and clock formats.
    @Test func formats() {
        let now = DashboardFixtures.now
        #expect(DisplayFormat.age(since: now.addingTimeInterval(-42), now: now) == "42s")
        #expect(DisplayFormat.age(since: now.addingTimeInterval(-7200), now: now) == "2h")
        #expect(DisplayFormat.countdown(to: now.addingTimeInterval(4.2), now: now) == "in 5s")
        #expect(DisplayFormat.countdown(to: now.addingTimeInterval(-1), now: now) == "due")
        #expect(DisplayFormat.clock(now, timeZone: DashboardFixtures.utc) == "10:10:00")
        #expect(DisplayFormat.quantity(Decimal(string: "2.50")!) == "2.5")
    }

    private func isQuit(_ effects: [DashboardEffect]) -> Bool {
        if case .quit? = effects.first { return true }
        return false
    }

    private func run(_ command: String, on state: inout DashboardState) -> [DashboardEffect] {
        for character in command { _ = state.update(.key(.character(character))) }
        return state.update(.key(.enter))
    }
}

/// A hosted screen that asks for one task on Enter and closes when it finishes.
struct ScriptedScreen: HostedScreen {
    static let scope = KeyScope("scripted")
    var title: String { "Scripted" }
    var keyScopes: [KeyScope] { [Self.scope] }

    mutating func handle(_ key: KeyEvent, action: DashboardAction?) -> HostedOutcome {
        key == .enter ? HostedOutcome(tasks: [HostedTask(id: "work") { _ in "done" }]) : HostedOutcome()
    }

    mutating func receive(_ result: HostedTaskResult) -> HostedOutcome {
        HostedOutcome(close: result.id == "work", reloadHome: true)
    }

    func render(in area: Rect, on buffer: inout ScreenBuffer, glyphs: GlyphSet) {
        buffer.draw("scripted screen", x: area.x, y: area.y, role: .text, clip: area)
    }
}
