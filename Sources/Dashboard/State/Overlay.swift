import SyncEngine
import TerminalUI

/// A box drawn over the panes that takes the keys until it is closed.
public enum Overlay: Sendable {
    /// Every key, grouped by scope; scrolls.
    case help(offset: Int)
    /// One order with its event history.
    case order(OrderDetails)
    /// Items a process parked, to retry or skip.
    case parked(ListState)
    /// Fine-tuning, written to config.toml.
    case settings(SettingsForm)
    /// The colour themes.
    case themes(ThemePicker)

    /// The overlay's own key scope, before the shared overlay and list scopes.
    public var scope: KeyScope {
        switch self {
        case .help, .order: .overlay
        case .parked: .parked
        case .settings: .settings
        case .themes: .themes
        }
    }
}

/// The order details overlay: the order as last seen and its history once loaded.
public struct OrderDetails: Sendable, Equatable {
    /// The order's Visma id.
    public var vismaID: String
    /// The order's history, newest first; nil while loading.
    public var history: [EventRecord]?
    /// First history line shown.
    public var offset = 0

    /// Details of the order `vismaID`, history still loading.
    public init(vismaID: String) {
        self.vismaID = vismaID
    }
}

/// The theme picker: the available themes and the one selected.
public struct ThemePicker: Sendable, Hashable {
    /// Theme names, sorted.
    public var names: [String]
    /// Which name is selected.
    public var list: ListState

    /// A picker over `names` with `current` selected.
    public init(names: [String], current: String) {
        self.names = names
        list = ListState(selected: names.firstIndex(of: current) ?? 0)
    }

    /// The selected theme's name.
    public var selectedName: String? { names.indices.contains(list.selected) ? names[list.selected] : nil }
}
