import SyncEngine
import TerminalUI

extension WizardState {
    /// Space (or Enter) on a switch or choice: switch it, cycle it, or open the status list.
    mutating func toggleOption() {
        switch focus {
        case .processSwitch(let process):
            setProcess(process, on: !tuning.isEnabled(process))
        case .startedStatus, .shippedStatus:
            let current = focus == .startedStatus ? tuning.startedStatus : tuning.shippedStatus
            guard !statuses.isEmpty else { return }
            let index = statuses.firstIndex { $0.number >= current } ?? statuses.count - 1
            picker = StatusPicker(item: focus, list: ListState(selected: index))
        case .stockFigure:
            cycleOption(by: 1)
        case .articleField(let field):
            tuning.toggle(field)
        case .backorder:
            tuning.backorderOnShortShipment.toggle()
        case .field, .button, .signInURL:
            break
        }
    }

    /// ←/→ on a choice: the previous or next value; on a switch, off or on.
    mutating func cycleOption(by delta: Int) {
        switch focus {
        case .processSwitch(let process):
            setProcess(process, on: delta > 0)
        case .startedStatus:
            tuning.startedStatus = neighbour(of: tuning.startedStatus, by: delta)
            failures[.shippedStatus] = nil
        case .shippedStatus:
            tuning.shippedStatus = neighbour(of: tuning.shippedStatus, by: delta)
            failures[.shippedStatus] = nil
        case .stockFigure:
            let all = StockFigure.allCases
            let index = all.firstIndex(of: tuning.stockFigure) ?? 0
            tuning.stockFigure = all[(index + delta + all.count) % all.count]
        case .articleField(let field):
            if tuning.additionalFields.contains(field) != (delta > 0) { tuning.toggle(field) }
        case .backorder:
            tuning.backorderOnShortShipment = delta > 0
        case .field, .button, .signInURL:
            break
        }
    }

    /// Keys while the status list is open: move, choose, or close.
    mutating func choose(_ action: WizardAction?) {
        guard var picker else { return }
        switch action {
        case .previous:
            picker.list.move(by: -1, count: statuses.count)
        case .next:
            picker.list.move(by: 1, count: statuses.count)
        case .confirm:
            let number = statuses[min(picker.list.selected, statuses.count - 1)].number
            if picker.item == .startedStatus { tuning.startedStatus = number } else { tuning.shippedStatus = number }
            failures[.shippedStatus] = nil
            self.picker = nil
            return
        case .leave:
            self.picker = nil
            return
        default:
            break
        }
        self.picker = picker
    }

    /// Switches a process; the stock process stays off while Visma's stock module is active.
    private mutating func setProcess(_ process: ProcessName, on: Bool) {
        if on, process == .stock, signIn.account?.stockModuleActive == true {
            failures[.processSwitch(.stock)] = "Visma's stock module is active, so the stock process cannot run"
            return
        }
        failures[.processSwitch(process)] = nil
        tuning.setEnabled(process, on)
    }

    /// The status `delta` places from `number` in the warehouse's list (the nearest when `number` is not in it).
    private func neighbour(of number: Int, by delta: Int) -> Int {
        guard !statuses.isEmpty else { return number }
        let numbers = statuses.map(\.number)
        if let index = numbers.firstIndex(of: number) {
            return numbers[min(max(0, index + delta), numbers.count - 1)]
        }
        return delta > 0 ? numbers.first { $0 > number } ?? numbers[numbers.count - 1] : numbers.last { $0 < number } ?? numbers[0]
    }
}
