import Dashboard
import Testing
import TerminalUI

/// Roles at key cells: state is never shown by text alone, and the theme can colour it.
struct RoleTests {
    let frame = DashboardRenderer.render(DashboardFixtures.state(), size: Size(width: 120, height: 30))

    /// Test the focused pane's border uses the focused role, the others the plain one.
    @Test func focusedBorder() {
        let processes = frame.find("1 Processes")!
        #expect(frame[0, processes.y].role == .borderFocused)
        let orders = frame.find("2 Orders")!
        #expect(frame[orders.x - 3, orders.y].role == .border)
    }

    /// Test process states: on, off and backoff markers and words.
    @Test func processStates() {
        #expect(frame.role(of: "running") == .processOn)
        #expect(frame.role(of: "disabled") == .processOff)
        #expect(frame.role(of: "backoff") == .processPending)
        #expect(frame.role(of: "Visma answered 503") == .processError)
    }

    /// Test order stages: parked fails, late changes need attention, written back is done.
    @Test func orderStages() {
        #expect(frame.role(of: "✗○○○○") == .queueFailed)
        #expect(frame.role(of: "changed late") == .queueAttention)
        #expect(frame.role(of: "written back") == .queueDone)
    }

    /// Test stock deltas carry direction glyphs and roles, and mismatches are flagged.
    @Test func stockDeltas() {
        #expect(frame.role(of: "↑2") == .deltaUp)
        #expect(frame.role(of: "↓2") == .deltaDown)
        #expect(frame.role(of: "✗ mismatch") == .queueAttention)
    }

    /// Test the event levels and the header's health.
    @Test func eventsAndHealth() {
        #expect(frame.role(of: "WARN") == .logWarn)
        #expect(frame.role(of: "◐ needs attention") == .healthWarn)
        #expect(frame.role(of: "✓ Acme AB") == .healthOK)
    }

    /// Test filter matches are highlighted in the Events pane.
    @Test func filterMatches() {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("4")))
        _ = state.update(.key(.character("/")))
        for character in "X-9" { _ = state.update(.key(.character(character))) }
        let filtered = DashboardRenderer.render(state, size: state.size)
        let match = filtered.rows.enumerated().first { $0.element.contains("WARN") && $0.element.contains("X-9") }!
        let column = match.element.distance(from: match.element.startIndex, to: match.element.range(of: "X-9", options: .backwards)!.lowerBound)
        #expect(filtered[column, match.offset].role == .filterMatch)
    }
}
