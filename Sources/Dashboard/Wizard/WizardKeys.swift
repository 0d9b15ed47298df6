import TerminalUI

/// What a key asks the setup wizard to do; carried as ``DashboardAction/hosted(_:)`` by name.
public enum WizardAction: String, Sendable, CaseIterable {
    /// Focus the next field, switch or button.
    case next
    /// Focus the previous one.
    case previous
    /// Go on to the next step (after checking this one).
    case nextStep
    /// Go back a step.
    case previousStep
    /// Press the focused button; in a field, go on to the next (from the last, press the button).
    case confirm
    /// Cancel the sign-in or close the list; otherwise ask before leaving the wizard.
    case leave
    /// Switch the focused option on or off, or open the list of a choice.
    case toggle
    /// The previous value of the focused choice.
    case less
    /// The next value of the focused choice.
    case more
    /// Copy the sign-in address (OSC 52).
    case copyURL
    /// Open the sign-in address in a browser.
    case openBrowser
    /// Leave the wizard (in the question).
    case yes
    /// Stay in the wizard (in the question).
    case no

    /// The dashboard action carrying this one.
    var dashboardAction: DashboardAction { .hosted(rawValue) }

    /// The wizard action a dashboard action carries, if any.
    init?(_ action: DashboardAction?) {
        guard case .hosted(let name) = action, let action = WizardAction(rawValue: name) else { return nil }
        self = action
    }
}

extension KeyScope {
    /// The setup wizard's fields and buttons (text fields take every other key).
    public static let wizard = KeyScope("wizard", title: "Setup wizard")
    /// A switch or choice in the setup wizard.
    public static let wizardOption = KeyScope("wizard-option", title: "Setup wizard: switches and choices")
    /// The Visma sign-in address in the setup wizard.
    public static let wizardSignIn = KeyScope("wizard-sign-in", title: "Setup wizard: Visma sign-in")
    /// The list of the warehouse's statuses.
    public static let wizardList = KeyScope("wizard-list", title: "Setup wizard: status list")
    /// "Leave the setup?"
    public static let wizardQuestion = KeyScope("wizard-question", title: "Setup wizard: leave?")
}

/// The setup wizard's key bindings, added to the dashboard's one registry.
public enum WizardKeys {
    /// Every binding of the wizard, in the order help lists them.
    public static let bindings: [KeyBinding<DashboardAction>] = form + options + signIn + list + question

    private static let form: [KeyBinding<DashboardAction>] = [
        KeyBinding([.enter], label: "go on", description: "Press the button; in a field go on (the last field presses the button)",
                   scope: .wizard, action: WizardAction.confirm.dashboardAction),
        KeyBinding([.tab, .down], label: "next", description: "Next field, switch or button", scope: .wizard, action: WizardAction.next.dashboardAction),
        KeyBinding([.backTab, .up], label: "previous", description: "Previous field, switch or button", scope: .wizard,
                   action: WizardAction.previous.dashboardAction, showsInHints: false),
        KeyBinding([.pageDown], label: "next step", description: "Next step (this one is checked first)", scope: .wizard,
                   action: WizardAction.nextStep.dashboardAction),
        KeyBinding([.pageUp], label: "back", description: "Previous step", scope: .wizard, action: WizardAction.previousStep.dashboardAction),
        KeyBinding([.escape], label: "leave", description: "Cancel the sign-in, else leave the wizard (asks first; nothing activated)",
                   scope: .wizard, action: WizardAction.leave.dashboardAction),
    ]

    private static let options: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character(" ")], label: "switch", description: "Switch on or off; on a status, list the warehouse's statuses",
                   scope: .wizardOption, action: WizardAction.toggle.dashboardAction),
        KeyBinding([.left], label: "less", description: "Previous choice", scope: .wizardOption, action: WizardAction.less.dashboardAction,
                   showsInHints: false),
        KeyBinding([.right], label: "more", description: "Next choice", scope: .wizardOption, action: WizardAction.more.dashboardAction,
                   showsInHints: false),
    ]

    private static let signIn: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character("c")], label: "copy address", description: "Copy the sign-in address to the clipboard (OSC 52, works over SSH)",
                   scope: .wizardSignIn, action: WizardAction.copyURL.dashboardAction),
        KeyBinding([.character("o")], label: "open browser", description: "Open the sign-in address in a browser (needs a display; not over SSH)",
                   scope: .wizardSignIn, action: WizardAction.openBrowser.dashboardAction),
    ]

    private static let list: [KeyBinding<DashboardAction>] = [
        KeyBinding([.up, .character("k")], label: "up", description: "Previous status", scope: .wizardList, action: WizardAction.previous.dashboardAction,
                   showsInHints: false),
        KeyBinding([.down, .character("j")], label: "down", description: "Next status", scope: .wizardList, action: WizardAction.next.dashboardAction,
                   showsInHints: false),
        KeyBinding([.enter], label: "choose", description: "Use the selected status", scope: .wizardList, action: WizardAction.confirm.dashboardAction),
        KeyBinding([.escape], label: "back", description: "Close the list, keep the status", scope: .wizardList, action: WizardAction.leave.dashboardAction),
    ]

    private static let question: [KeyBinding<DashboardAction>] = [
        KeyBinding([.character("y")], label: "leave", description: "Leave the wizard (answers are kept for next time, secrets are not)",
                   scope: .wizardQuestion, action: WizardAction.yes.dashboardAction),
        KeyBinding([.character("n"), .escape], label: "stay", description: "Stay in the wizard", scope: .wizardQuestion,
                   action: WizardAction.no.dashboardAction),
        KeyBinding([.enter], label: "press", description: "Press the highlighted button", scope: .wizardQuestion,
                   action: WizardAction.confirm.dashboardAction),
        KeyBinding([.left, .right, .tab], label: "other button", description: "Highlight the other button", scope: .wizardQuestion,
                   action: WizardAction.next.dashboardAction, showsInHints: false),
    ]
}
