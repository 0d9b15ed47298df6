import Foundation
import SyncEngine
import TerminalUI

/// The setup wizard as one value: the step, what was typed, what was verified, and what has
/// focus. Keys and task results change it and return ``WizardCommand``s; it never does I/O,
/// so tests drive it with plain values.
public struct WizardState: Sendable {
    /// How long the sign-in waits for Visma's redirect.
    public static let signInTimeout: TimeInterval = 300

    /// The step shown.
    public internal(set) var step: WizardStep = .warehouse
    /// The focused item.
    public internal(set) var focus: WizardItem = .field(.system)
    /// What each text field holds.
    var inputs: [WizardField: TextInput] = [:]
    /// Messages next to the items at fault.
    public internal(set) var failures: [WizardItem: String] = [:]
    /// A line of news for the current step (welcome back, sign-in cancelled, browser opened).
    public internal(set) var notice: String?
    /// The warehouse connection Ongoing accepted, until a warehouse field changes.
    public internal(set) var warehouse: WarehouseConnection?
    /// Whether the warehouse check runs.
    public internal(set) var verifying = false
    /// The Visma sign-in.
    public internal(set) var signIn: SignInPhase = .notStarted
    /// The fine-tuning choices.
    public internal(set) var tuning: TuningChoices
    /// The open status list, if any.
    public internal(set) var picker: StatusPicker?
    /// Whether "leave the setup?" is asked, and which button is highlighted (true: leave).
    public internal(set) var leaveQuestion: Bool?
    /// Whether activation runs.
    public internal(set) var activating = false
    /// The clock as of the last tick (the sign-in countdown).
    public internal(set) var now: Date
    /// Whether a tick is on its way.
    var ticking = false
    /// Where customer IDs are looked up (config.toml), if anywhere.
    let directoryURL: URL?
    /// Whether `o` may open a browser here.
    public let canOpenBrowser: Bool

    /// A fresh wizard from `defaults`: earlier answers filled in, secrets from the environment only.
    public init(defaults: WizardDefaults, now: Date) {
        let configuration = defaults.configuration
        let progress = defaults.progress
        self.now = now
        directoryURL = configuration.ongoing.directoryURL
        canOpenBrowser = defaults.canOpenBrowser
        tuning = progress?.tuning ?? TuningChoices(configuration)
        func pick(_ saved: String?, _ fallback: String) -> String { saved.flatMap { $0.isEmpty ? nil : $0 } ?? fallback }
        let values: [WizardField: String] = [
            .system: pick(progress?.system, configuration.ongoing.apiURL?.absoluteString ?? ""),
            .username: pick(progress?.username, configuration.ongoing.username ?? ""),
            .goodsOwner: pick(progress?.goodsOwner, configuration.ongoing.goodsOwnerID.map(String.init) ?? ""),
            .clientID: pick(progress?.clientID, defaults.clientID),
            .clientSecret: defaults.clientSecret,
            .apiURL: pick(progress?.apiURL, configuration.visma.apiURL.absoluteString),
            .identityURL: pick(progress?.identityURL, configuration.visma.identityURL.absoluteString),
            .redirectPort: pick(progress?.redirectPort, String(configuration.visma.redirectPort)),
        ]
        for (field, value) in values { inputs[field] = TextInput(value) }
        for process in ProcessName.allCases { inputs[.interval(process)] = TextInput(String(tuning.interval(of: process))) }
        focus = items.first { $0.field.map { value(of: $0).isEmpty } ?? false } ?? .field(.system)
        if progress != nil {
            notice = "Welcome back: your earlier answers are filled in. Passwords and secrets are never saved, so enter the password again."
        }
    }

    /// What `field` holds (a secret too: callers must never show it).
    public func value(of field: WizardField) -> String {
        inputs[field]?.value ?? ""
    }

    /// The editable value of `field`, for drawing.
    func input(of field: WizardField) -> TextInput {
        inputs[field] ?? TextInput()
    }

    /// The message next to `item`, if it is at fault.
    public func failure(at item: WizardItem) -> String? {
        failures[item]
    }

    /// The items of the current step, in focus order.
    public var items: [WizardItem] {
        switch step {
        case .warehouse:
            return [.field(.system), .field(.username), .field(.password), .field(.goodsOwner), .button(.verifyWarehouse)]
        case .visma:
            let client: [WizardItem] = [.field(.clientID), .field(.clientSecret), .field(.apiURL), .field(.identityURL), .field(.redirectPort)]
            switch signIn {
            case .notStarted, .starting: return client + [.button(.signIn)]
            case .waiting: return [.signInURL, .field(.pastedURL)]
            case .signedIn: return [.button(.continueToTuning)] + client + [.button(.signIn)]
            }
        case .fineTuning:
            return ProcessName.allCases.flatMap { [WizardItem.processSwitch($0), .field(.interval($0))] }
                + [.startedStatus, .shippedStatus, .stockFigure] + AdditionalArticleField.allCases.map(WizardItem.articleField)
                + [.backorder, .button(.continueToSummary)]
        case .summary:
            return [.button(.activate)]
        }
    }

    /// Where the keys are looked up, most specific first; a focused text field takes every other key.
    public var keyScopes: [KeyScope] {
        if leaveQuestion != nil { return [.wizardQuestion] }
        if picker != nil { return [.wizardList] }
        if focus == .signInURL { return [.wizardSignIn, .wizard] }
        if focus.isOption { return [.wizardOption, .wizard] }
        return [.wizard]
    }

    /// The answers to save, without the password and the client secret.
    public var progress: WizardProgress {
        WizardProgress(step: step, system: value(of: .system), username: value(of: .username), goodsOwner: value(of: .goodsOwner),
                       clientID: value(of: .clientID), apiURL: value(of: .apiURL), identityURL: value(of: .identityURL),
                       redirectPort: value(of: .redirectPort), tuning: tuning)
    }

    /// The statuses thresholds are chosen from: the warehouse's own list.
    public var statuses: [WarehouseStatus] {
        warehouse?.statuses ?? []
    }
}
