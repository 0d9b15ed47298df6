import SyncEngine

/// Something in the wizard that can have focus: a field, a switch, a choice or a button.
public enum WizardItem: Hashable, Sendable {
    /// A text field.
    case field(WizardField)
    /// A button.
    case button(WizardButton)
    /// The Visma sign-in address (`c` copies it, `o` opens a browser).
    case signInURL
    /// A process's on/off switch.
    case processSwitch(ProcessName)
    /// The Ongoing status from which orders are no longer updated.
    case startedStatus
    /// The Ongoing status from which an order counts as shipped.
    case shippedStatus
    /// Which Ongoing stock figure becomes Visma's balance.
    case stockFigure
    /// An optional article field's switch.
    case articleField(AdditionalArticleField)
    /// The backorder-on-short-shipment switch.
    case backorder

    /// Whether the item is a text field (it takes printable keys).
    var field: WizardField? {
        if case .field(let field) = self { return field }
        return nil
    }

    /// Whether Space and ←/→ act on the item.
    var isOption: Bool {
        switch self {
        case .processSwitch, .startedStatus, .shippedStatus, .stockFigure, .articleField, .backorder: true
        default: false
        }
    }
}

/// The wizard's buttons.
public enum WizardButton: Hashable, Sendable {
    /// Step 1: check the warehouse connection, then go on.
    case verifyWarehouse
    /// Step 2: start the Visma sign-in.
    case signIn
    /// Step 2 after sign-in: go on to fine-tuning.
    case continueToTuning
    /// Step 3: check the settings, then go on to the summary.
    case continueToSummary
    /// Step 4: write everything and start.
    case activate

    /// The caption.
    var caption: String {
        switch self {
        case .verifyWarehouse: "Verify and continue"
        case .signIn: "Sign in to Visma"
        case .continueToTuning: "Continue"
        case .continueToSummary: "Continue"
        case .activate: "Activate"
        }
    }
}
