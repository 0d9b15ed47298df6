import SyncEngine
import TerminalUI

extension DashboardState {
    /// Performs an action on the dashboard itself (no overlay, nothing being typed).
    mutating func perform(_ action: DashboardAction, key: KeyEvent) -> [DashboardEffect] {
        switch action {
        case .help: overlay = .help(offset: 0)
        case .command: input = InputLine(.command)
        case .freeze: toggleFreeze()
        case .focusNext: focus = focus.next
        case .focusPrevious: focus = focus.previous
        case .focusNumbered:
            if case .character(let digit) = key, let number = digit.wholeNumberValue, let pane = Pane(rawValue: number) { focus = pane }
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .halfPageUp: move(by: -max(1, layout.listHeight(of: focus) / 2))
        case .halfPageDown: move(by: max(1, layout.listHeight(of: focus) / 2))
        case .pageUp: move(by: -max(1, layout.listHeight(of: focus)))
        case .pageDown: move(by: max(1, layout.listHeight(of: focus)))
        case .copy: return copySelection()
        case .openParked:
            overlay = .parked(ListState())
            return [.loadParked]
        case .openSettings: overlay = .settings(SettingsForm(configuration))
        case .openThemes: overlay = .themes(ThemePicker(names: availableThemes, current: themeName))
        case .toggleProcess: return toggle(selectedProcess)
        case .runNow:
            say("\(selectedProcess.rawValue): running now")
            return [.runNow(selectedProcess)]
        case .openOrder:
            guard let order = selectedOrder else { return [] }
            overlay = .order(OrderDetails(vismaID: order.vismaID))
            return [.loadOrderHistory(vismaID: order.vismaID, orderNumber: order.ongoingOrderNumber)]
        case .filter: input = InputLine(.filter, text: events.filter)
        case .clearFilter: setEventsFilter("")
        case .toggleFollow:
            eventsView.toggleFollow(lineCount: events.shownCount, height: layout.listHeight(of: .events))
        case .toggleTimestamps: showsTimestamps.toggle()
        case .quit, .close, .retry, .skip, .edit, .decrease, .increase, .save, .applyTheme, .accept, .cancel, .setup, .hosted:
            break
        }
        keepSelectionsVisible()
        return []
    }

    /// Freezes the view, or unfreezes it and catches up on what arrived meanwhile.
    mutating func toggleFreeze() {
        guard frozenAt != nil else {
            frozenAt = now
            return
        }
        frozenAt = nil
        let held = heldWhileFrozen
        heldWhileFrozen = []
        _ = apply(held)
    }

    /// Asks for a process to be switched; shown as pending until the engine confirms.
    mutating func toggle(_ process: ProcessName) -> [DashboardEffect] {
        let enabled = !(pendingToggles[process] ?? self.process(process).enabled)
        pendingToggles[process] = enabled
        return [.setProcess(process, enabled: enabled)]
    }

    /// Sets the events filter; the view follows the newest matching lines again.
    mutating func setEventsFilter(_ text: String) {
        events.setFilter(text)
        eventsView = LogViewState(follow: true)
    }

    private mutating func move(by delta: Int) {
        switch focus {
        case .processes: processList.move(by: delta, count: ProcessName.allCases.count)
        case .orders: orderList.move(by: delta, count: orders.count)
        case .stock: stockList.move(by: delta, count: stock.count)
        case .events: eventsView.scroll(by: delta, lineCount: events.shownCount, height: layout.listHeight(of: .events))
        }
    }

    private mutating func copySelection() -> [DashboardEffect] {
        guard let text = selectedLineText else {
            say("nothing to copy")
            return []
        }
        say("copied: \(text)")
        return [.copy(text)]
    }

    /// The selected line of the focused pane as plain text, for `y`.
    public var selectedLineText: String? {
        switch focus {
        case .processes:
            return ProcessesPane.row(self, selectedProcess).summary
        case .orders:
            return selectedOrder.map { OrderRow(order: $0, now: displayTime).summary }
        case .stock:
            return stock.count == 0 ? nil : StockRow(change: stock[min(stockList.selected, stock.count - 1)], now: displayTime).summary
        case .events:
            let height = layout.listHeight(of: .events)
            let count = events.shownCount
            guard count > 0 else { return nil }
            let last = min(count, eventsView.firstVisible(lineCount: count, height: height) + height) - 1
            return events[shown: last].plainText
        }
    }
}
