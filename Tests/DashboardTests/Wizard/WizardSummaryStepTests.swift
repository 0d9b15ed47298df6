import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI
import TestSupport

/// Step 4, leaving, and progress across restarts.
struct WizardSummaryStepTests {
    private func onSummary(stockOff: Bool = true) -> WizardState {
        var state = WizardFixtures.onFineTuning()
        if stockOff {
            state.focus(on: .processSwitch(.stock))
            state.press(.character(" "))
        }
        state.press(.pageDown)
        return state
    }

    /// Test the summary shows every choice and activation carries exactly what was verified.
    @Test func activateCarriesTheVerifiedPlan() {
        var state = onSummary()
        #expect(state.step == .summary && state.focus == .button(.activate))
        let screen = state.screenText()
        #expect(screen.contains("demo at http://127.0.0.1:18081/demo/api/v1/, API user WSIdemo, goods owner 159"))
        #expect(screen.contains("Acme AB, client ovsync-sandbox"))
        #expect(screen.contains("stock OFF"))
        #expect(!screen.contains("demo-password") && !screen.contains("sandbox-secret"))
        guard case .activate(let plan)? = state.press(.enter).first else {
            Issue.record("expected activation")
            return
        }
        #expect(plan.warehouse == WizardFixtures.warehouse && plan.password == "demo-password")
        #expect(plan.visma.clientID == "ovsync-sandbox" && plan.visma.clientSecret == "sandbox-secret")
        #expect(!plan.tuning.isEnabled(.stock) && plan.tuning.isEnabled(.orders))
        #expect(!plan.description.contains("demo-password") && !plan.description.contains("sandbox-secret"))
        #expect(state.activating && state.press(.enter).isEmpty)
        guard case .close(reloadHome: true)? = state.receive(.activated).first else {
            Issue.record("expected to close and reload the home")
            return
        }
    }

    /// Test a failed activation is shown at the button and can be retried.
    @Test func failedActivation() {
        var state = onSummary()
        state.press(.enter)
        #expect(state.receive(.activationFailed("cannot write config.toml")).isEmpty)
        #expect(state.failure(at: .button(.activate)) == "activation failed: cannot write config.toml")
        #expect(state.screenText().contains("✗ activation failed: cannot write config.toml"))
        guard case .activate? = state.press(.enter).first else {
            Issue.record("expected a second attempt")
            return
        }
    }

    /// Test back and forward keep what was chosen; nothing is asked of the home on the way.
    @Test func backAndForward() {
        var state = onSummary()
        state.press(.pageUp)
        #expect(state.step == .fineTuning && !state.tuning.isEnabled(.stock))
        state.press(.pageUp)
        #expect(state.step == .visma && state.signIn.account != nil)
        state.press(.pageUp)
        #expect(state.step == .warehouse)
        state.press(.pageDown)
        state.press(.pageDown)
        state.press(.pageDown)
        #expect(state.step == .summary)
    }

    /// Test Esc asks first; n stays; y saves the answers and closes without activating.
    @Test func leavingAsksFirst() {
        var state = WizardFixtures.filledWarehouse()
        #expect(state.press(.escape).isEmpty)
        #expect(state.leaveQuestion == false && state.keyScopes == [.wizardQuestion])
        #expect(state.screenText().contains("Leave the setup?"))
        state.press(.character("n"))
        #expect(state.leaveQuestion == nil)
        state.press(.escape)
        state.press(.right)
        let commands = state.press(.enter)
        #expect(commands.count == 2)
        guard case .saveProgress(let progress)? = commands.first, case .close(reloadHome: false)? = commands.last else {
            Issue.record("expected save and close, got \(commands)")
            return
        }
        #expect(progress.system == "http://127.0.0.1:18081/demo/api/v1/")
    }

    /// Test the progress file is 0600, holds no secret, and a new wizard resumes from it with the secrets asked again.
    @Test func progressSurvivesARestart() throws {
        let home = try TemporaryHome()
        try home.home.create()
        let file = WizardProgressFile(home: home.home)
        let state = onSummary()
        try file.save(state.progress)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(!text.contains("demo-password") && !text.contains("sandbox-secret"))
        #expect(try FilePermissions.mode(of: file.url) == 0o600)
        let resumed = WizardFixtures.wizard(progress: try #require(file.load()))
        #expect(resumed.step == .warehouse)
        #expect(resumed.value(of: .system) == "http://127.0.0.1:18081/demo/api/v1/" && resumed.value(of: .username) == "WSIdemo")
        #expect(resumed.value(of: .password).isEmpty && resumed.value(of: .clientSecret).isEmpty)
        #expect(resumed.value(of: .clientID) == "ovsync-sandbox")
        #expect(!resumed.tuning.isEnabled(.stock))
        #expect(resumed.focus == .field(.password))
        #expect(resumed.notice?.hasPrefix("Welcome back") == true)
        file.remove()
        #expect(file.load() == nil)
    }

    /// Test activation writes the warehouse, the settings and each process's switch, and removes the progress file.
    @Test func activationWritesTheHome() throws {
        let home = try TemporaryHome()
        let workspace = try home.openWorkspace()
        var tuning = TuningChoices(Configuration())
        tuning.processes[1].enabled = false
        tuning.processes[0].intervalSeconds = 120
        tuning.shippedStatus = 500
        let file = WizardProgressFile(home: home.home)
        try file.save(WizardFixtures.wizard().progress)
        let plan = ActivationPlan(warehouse: WizardFixtures.warehouse, password: "demo-password",
                                  visma: VismaClientEntry(apiURL: URL(string: "http://127.0.0.1:18080/v2")!, identityURL: URL(string: "http://127.0.0.1:18080")!,
                                                          clientID: "ovsync-sandbox", clientSecret: "sandbox-secret", redirectPort: 53682),
                                  signIn: FakeSignIn(), tuning: tuning)
        try plan.activate(in: workspace)
        let configuration = try workspace.reloadConfiguration()
        #expect(configuration.ongoing.username == "WSIdemo" && configuration.ongoing.goodsOwnerID == 159)
        #expect(!configuration.orders.schedule.enabled && configuration.articles.schedule.intervalSeconds == 120)
        #expect(configuration.shipments.shippedStatus == 500)
        #expect(!(try home.configurationText()).contains("demo-password"))
        let orders = try workspace.store.read { try $0.processState(.primary, .orders) }
        #expect(orders?.enabled == false && orders?.state == .disabled)
        let connection = try workspace.store.read { try $0.connection(.primary) }
        #expect(connection?.ongoingConnected == true && connection?.ongoingStatuses.count == WizardFixtures.statuses.count)
        #expect(file.load() == nil)
    }
}
