import Foundation
import SyncEngine
import TerminalUI

extension DashboardState {
    /// The reducer: applies `event` to the state and returns the work the shell must do.
    ///
    /// Pure apart from the state it changes: no I/O, no clock (time arrives as `.tick`).
    public mutating func update(_ event: DashboardEvent) -> [DashboardEffect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .resize(let newSize):
            size = newSize
            keepSelectionsVisible()
            return []
        case .tick(let date):
            now = date
            if let flash, flash.until <= date { self.flash = nil }
            return []
        case .snapshot(let snapshot):
            load(snapshot)
            return []
        case .engine(let events):
            guard frozenAt == nil else {
                heldWhileFrozen += events
                return []
            }
            return apply(events)
        case .parkedLoaded(let items):
            parked = items
            if case .parked(var list) = overlay {
                list.clamp(count: items.count)
                overlay = .parked(list)
            }
            return []
        case .orderHistoryLoaded(let vismaID, let history):
            if case .order(var details) = overlay, details.vismaID == vismaID {
                details.history = history
                overlay = .order(details)
            }
            return []
        case .themeApplied(let name):
            themeName = name
            say("theme \(name)")
            return []
        case .settingsSaved(let saved):
            configuration = saved
            if case .settings = overlay { overlay = nil }
            say("settings saved to config.toml and applied")
            return []
        case .notice(let text, let tone):
            say(text, tone: tone)
            return []
        case .hostedTaskFinished(let result):
            guard case .hosted(var hosted) = screen else { return [] }
            let outcome = hosted.receive(result)
            screen = .hosted(hosted)
            return apply(outcome)
        }
    }

    /// Shows a passing message on the bottom line.
    mutating func say(_ text: String, tone: Flash.Tone = .info) {
        flash = Flash(text, tone: tone, now: now)
    }

    /// The layout for the current size and focus.
    public var layout: DashboardLayout { DashboardLayout(size: size, focus: focus) }

    private mutating func load(_ snapshot: DashboardSnapshot) {
        connection = snapshot.connection
        for record in snapshot.processes { processes[record.process] = record }
        var queue = OrderQueue()
        for order in snapshot.orders { queue.upsert(order) }
        orders = queue
        parked = snapshot.parked
        var feed = EventFeed(capacity: events.capacity)
        feed.setFilter(events.filter)
        for record in snapshot.events { feed.append(EventLine(record, timeZone: timeZone)) }
        events = feed
        engineRunning = snapshot.engineRunning
        if engineRunning, case .firstRun = screen { screen = .dashboard }
        keepSelectionsVisible()
    }

    /// Applies what a hosted screen asked for.
    mutating func apply(_ outcome: HostedOutcome) -> [DashboardEffect] {
        var effects = outcome.tasks.map(DashboardEffect.runHostedTask)
        if outcome.close { screen = engineRunning ? .dashboard : .firstRun }
        if outcome.reloadHome { effects.append(.reloadHome) }
        if let copy = outcome.copy { effects.append(.copy(copy)) }
        return effects
    }

    /// Clamps every selection and scroll position to what the current layout shows.
    mutating func keepSelectionsVisible() {
        let layout = self.layout
        processList.clamp(count: ProcessName.allCases.count)
        processList.keepSelectionVisible(count: ProcessName.allCases.count, height: layout.listHeight(of: .processes))
        orderList.clamp(count: orders.count)
        orderList.keepSelectionVisible(count: orders.count, height: layout.listHeight(of: .orders))
        stockList.clamp(count: stock.count)
        stockList.keepSelectionVisible(count: stock.count, height: layout.listHeight(of: .stock))
    }
}
