import Foundation
import SyncEngine
import TerminalUI

/// The setup wizard as a screen the dashboard hosts: ``WizardState`` decides, ``WizardTasks``
/// does the work, ``WizardRenderer`` draws.
public struct SetupWizard: HostedScreen {
    /// The wizard's state.
    public private(set) var state: WizardState

    /// A wizard starting from `state`.
    public init(state: WizardState) {
        self.state = state
    }

    /// Builds a wizard for `workspace` each time the dashboard opens one: the current
    /// config.toml, the environment's Visma client and the saved progress.
    public static func factory(workspace: Workspace, environment: [String: String]) -> @Sendable () -> any HostedScreen {
        {
            let configuration = (try? workspace.reloadConfiguration()) ?? workspace.configuration
            let defaults = WizardDefaults(configuration: configuration, environment: environment,
                                          progress: WizardProgressFile(home: workspace.home).load())
            return SetupWizard(state: WizardState(defaults: defaults, now: Date()))
        }
    }

    public var title: String { "Setup, step \(state.step.rawValue + 1) of \(WizardStep.allCases.count): \(state.step.title)" }

    public var keyScopes: [KeyScope] { state.keyScopes }

    public mutating func handle(_ key: KeyEvent, action: DashboardAction?) -> HostedOutcome {
        outcome(state.handle(key, action: action))
    }

    public mutating func receive(_ result: HostedTaskResult) -> HostedOutcome {
        guard let event = result.value as? WizardEvent else { return HostedOutcome() }
        return outcome(state.receive(event))
    }

    public func render(in area: Rect, on buffer: inout ScreenBuffer, glyphs: GlyphSet) {
        WizardRenderer(state: state, glyphs: glyphs).render(in: area, on: &buffer)
    }

    private func outcome(_ commands: [WizardCommand]) -> HostedOutcome {
        var outcome = HostedOutcome()
        for command in commands {
            switch command {
            case .copy(let text):
                outcome.copy = text
            case .close(let reloadHome):
                outcome.close = true
                outcome.reloadHome = reloadHome
            default:
                if let task = WizardTasks.task(for: command) { outcome.tasks.append(task) }
            }
        }
        return outcome
    }
}
