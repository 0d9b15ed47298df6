import TerminalUI

/// The list of the warehouse's statuses, open to choose a threshold.
public struct StatusPicker: Sendable, Equatable {
    /// The threshold being chosen (``WizardItem/startedStatus`` or ``WizardItem/shippedStatus``).
    public var item: WizardItem
    /// The selection.
    public var list: ListState
}
