/// The four steps of the setup wizard, in order.
public enum WizardStep: Int, Sendable, CaseIterable, Codable, Comparable {
    /// Ongoing WMS: system, API user, password, goods owner.
    case warehouse
    /// Visma eAccounting: client, permissions, sign-in, company checks.
    case visma
    /// Processes, intervals, thresholds, stock figure, article fields, backorders.
    case fineTuning
    /// Everything at a glance, and the button that writes it and starts the engine.
    case summary

    /// The step's name in the step strip.
    public var title: String {
        switch self {
        case .warehouse: "Warehouse"
        case .visma: "Visma"
        case .fineTuning: "Fine-tuning"
        case .summary: "Activate"
        }
    }

    /// The step after this one, if any.
    var next: WizardStep? { WizardStep(rawValue: rawValue + 1) }
    /// The step before this one, if any.
    var previous: WizardStep? { WizardStep(rawValue: rawValue - 1) }

    public static func < (lhs: WizardStep, rhs: WizardStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
