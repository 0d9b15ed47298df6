import Dashboard
import Testing
import TerminalUI

/// Whole frames as text at three sizes (two columns, stacked, too small), plus overlays and ASCII.
struct RenderSnapshotTests {
    /// Test the wide layout: Processes across the top, Orders beside Stock over Events.
    @Test func wideTwoColumns() throws {
        let frame = DashboardRenderer.render(DashboardFixtures.state(size: Size(width: 120, height: 30)), size: Size(width: 120, height: 30))
        try TextSnapshot.assert(frame.text, named: "wide-120x30")
    }

    /// Test the narrow layout: panes stacked, the focused one taking the spare rows.
    @Test func narrowStacked() throws {
        var state = DashboardFixtures.state(size: Size(width: 80, height: 30))
        _ = state.update(.key(.character("2")))
        let frame = DashboardRenderer.render(state, size: Size(width: 80, height: 30))
        try TextSnapshot.assert(frame.text, named: "stacked-80x30")
    }

    /// Test below the minimum: the too-small screen names the size needed.
    @Test func tooSmall() throws {
        let frame = DashboardRenderer.render(DashboardFixtures.state(size: Size(width: 50, height: 12)), size: Size(width: 50, height: 12))
        try TextSnapshot.assert(frame.text, named: "too-small-50x12")
        #expect(frame.text.contains("terminal too small (need 60×22)"))
    }

    /// Test ASCII glyphs for non-UTF-8 locales: nothing but ASCII on screen.
    @Test func asciiHasNoUnicode() throws {
        let state = DashboardFixtures.state(size: Size(width: 120, height: 30), glyphs: .ascii)
        let frame = DashboardRenderer.render(state, size: Size(width: 120, height: 30))
        let asciiOnly = frame.text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(asciiOnly, "\(frame.text)")
        try TextSnapshot.assert(frame.text, named: "ascii-120x30")
    }

    /// Test the order details overlay with its history.
    @Test func orderDetails() throws {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("2")))
        let effects = state.update(.key(.enter))
        guard case .loadOrderHistory(let vismaID, _)? = effects.first else {
            Issue.record("no history load: \(effects)")
            return
        }
        _ = state.update(.orderHistoryLoaded(vismaID: vismaID, DashboardFixtures.events().filter { $0.key == "1047" }))
        try TextSnapshot.assert(DashboardRenderer.render(state, size: state.size).text, named: "order-details")
    }

    /// Test the help overlay lists the registry's sections.
    @Test func help() throws {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("?")))
        try TextSnapshot.assert(DashboardRenderer.render(state, size: state.size).text, named: "help")
    }

    /// Test the settings overlay while a number is being typed.
    @Test func settings() throws {
        var state = DashboardFixtures.state()
        _ = state.update(.key(.character("o")))
        _ = state.update(.key(.down))
        _ = state.update(.key(.enter))
        _ = state.update(.key(.backspace))
        try TextSnapshot.assert(DashboardRenderer.render(state, size: state.size).text, named: "settings")
    }

    /// Test the first-run screen of an unconfigured home.
    @Test func firstRun() throws {
        var state = DashboardFixtures.emptyState()
        state.screen = .firstRun
        try TextSnapshot.assert(DashboardRenderer.render(state, size: state.size).text, named: "first-run")
    }
}
