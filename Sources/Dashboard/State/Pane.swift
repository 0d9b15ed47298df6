import TerminalUI

/// The four panes of the dashboard, numbered as the `1`–`4` keys focus them.
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case processes = 1
    case orders
    case stock
    case events

    /// The pane's title.
    public var title: String {
        switch self {
        case .processes: "Processes"
        case .orders: "Orders"
        case .stock: "Stock"
        case .events: "Events"
        }
    }

    /// The key scope of the pane's own bindings.
    public var scope: KeyScope {
        switch self {
        case .processes: .processes
        case .orders: .orders
        case .stock: .lists
        case .events: .events
        }
    }

    /// The pane after this one, wrapping around.
    public var next: Pane { Pane(rawValue: rawValue % Pane.allCases.count + 1) ?? .processes }

    /// The pane before this one, wrapping around.
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1) ?? .processes }
}
