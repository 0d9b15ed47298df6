import Dashboard
import Foundation
import SyncEngine
import TerminalUI
import VismaEAccounting

/// A sign-in that never touches the network: records what the wizard asked of it.
final class FakeSignIn: WizardSignIn, @unchecked Sendable {
    let authorizationURL: URL
    let redirectURI = "http://127.0.0.1:53682/callback"
    private(set) var cancelled = false
    private(set) var submitted: [String] = []

    init(url: String = "http://127.0.0.1:18080/connect/authorize?client_id=ovsync-sandbox&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback"
              + "&scope=ea%3Aapi%20offline_access%20ea%3Asales&response_type=code&state=abcdefghijklmnopqrstuvwxyz012345") {
        authorizationURL = URL(string: url)!
    }

    func submit(pastedURL: String) throws(VismaSignInError) { submitted.append(pastedURL) }
    func cancel() { cancelled = true }
    func finish(timeout: Duration) async throws -> VismaAccount { VismaAccount(companyName: "Acme AB", activatedModules: [], stockModuleActive: false) }
    func save(in workspace: Workspace, entry: VismaClientEntry) throws {}
}

/// Builds wizards and drives them with keys as the dashboard does.
enum WizardFixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let statuses = [WarehouseStatus(number: 200, text: "Open"), WarehouseStatus(number: 300, text: "Released"),
                           WarehouseStatus(number: 400, text: "Picked"), WarehouseStatus(number: 450, text: "Sent"),
                           WarehouseStatus(number: 500, text: "Collected")]
    static let warehouse = WarehouseConnection(apiURL: URL(string: "http://127.0.0.1:18081/demo/api/v1/")!, username: "WSIdemo",
                                               goodsOwnerID: 159, statuses: statuses, directoryURL: nil)
    static let account = VismaAccount(companyName: "Acme AB", activatedModules: ["Invoicing"], stockModuleActive: false)

    static func wizard(configuration: Configuration = Configuration(), environment: [String: String] = [:],
                       progress: WizardProgress? = nil) -> WizardState {
        WizardState(defaults: WizardDefaults(configuration: configuration, environment: environment, progress: progress), now: now)
    }

    /// A wizard on step 1 with every field filled in.
    static func filledWarehouse() -> WizardState {
        var state = wizard()
        state.type("http://127.0.0.1:18081/demo/api/v1/")
        _ = state.press(.tab)
        state.type("WSIdemo")
        _ = state.press(.tab)
        state.type("demo-password")
        _ = state.press(.tab)
        state.type("159")
        return state
    }

    /// A wizard on step 2 after the warehouse was verified.
    static func onVisma(environment: [String: String] = [:]) -> WizardState {
        var state = environment.isEmpty ? filledWarehouse() : {
            var state = wizard(environment: environment)
            for (index, text) in ["http://127.0.0.1:18081/demo/api/v1/", "WSIdemo", "demo-password", "159"].enumerated() {
                if index > 0 { _ = state.press(.tab) }
                state.type(text)
            }
            return state
        }()
        _ = state.press(.enter)
        _ = state.receive(.warehouseVerified(warehouse))
        return state
    }

    /// A wizard waiting for the redirect of `signIn`.
    static func waiting(_ signIn: FakeSignIn = FakeSignIn()) -> WizardState {
        var state = onVisma(environment: ["OVSYNC_VISMA_CLIENT_ID": "ovsync-sandbox", "OVSYNC_VISMA_CLIENT_SECRET": "sandbox-secret"])
        state.focusButton(.signIn)
        _ = state.press(.enter)
        _ = state.receive(.signInStarted(signIn, at: now))
        return state
    }

    /// A wizard on step 3, signed in to `account`.
    static func onFineTuning(account: VismaAccount = account) -> WizardState {
        let signIn = FakeSignIn()
        var state = waiting(signIn)
        _ = state.receive(.signedIn(signIn, account))
        _ = state.press(.enter)
        return state
    }
}

extension WizardState {
    /// Types `text` into the focused field, one key at a time.
    mutating func type(_ text: String) {
        for character in text { _ = press(.character(character)) }
    }

    /// Presses `key` with the action the dashboard's registry gives it here.
    @discardableResult
    mutating func press(_ key: KeyEvent) -> [WizardCommand] {
        handle(key, action: DashboardKeys.registry.action(for: key, in: keyScopes + [.always]))
    }

    /// Tabs to `item`.
    mutating func focus(on item: WizardItem) {
        for _ in 0..<items.count where focus != item { press(.tab) }
    }

    /// Tabs to `button`.
    mutating func focusButton(_ button: WizardButton) {
        focus(on: .button(button))
    }

    /// The rows of the screen as text, at `size`.
    func screen(width: Int = 120, height: Int = 60, glyphs: GlyphSet = .unicode) -> [String] {
        var buffer = ScreenBuffer(size: Size(width: width, height: height))
        SetupWizard(state: self).render(in: Rect(x: 0, y: 0, width: width, height: height), on: &buffer, glyphs: glyphs)
        return buffer.rows
    }

    /// The screen as one text.
    func screenText(width: Int = 120, height: Int = 60) -> String {
        screen(width: width, height: height).joined(separator: "\n")
    }
}
