import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI
import VismaEAccounting

/// Step 2: the Visma client, the sign-in address, the redirect or a pasted address, and the company checks.
struct WizardVismaStepTests {
    /// Test the client comes from the environment, else from config.toml; the secret only from the environment.
    @Test func clientIsPrefilled() {
        let fromEnvironment = WizardFixtures.wizard(environment: ["OVSYNC_VISMA_CLIENT_ID": "env-client", "OVSYNC_VISMA_CLIENT_SECRET": "env-secret"])
        #expect(fromEnvironment.value(of: .clientID) == "env-client")
        #expect(fromEnvironment.value(of: .clientSecret) == "env-secret")
        var configuration = Configuration()
        configuration.visma.clientID = "config-client"
        configuration.visma.redirectPort = 40000
        let fromConfig = WizardFixtures.wizard(configuration: configuration)
        #expect(fromConfig.value(of: .clientID) == "config-client")
        #expect(fromConfig.value(of: .clientSecret).isEmpty)
        #expect(fromConfig.value(of: .redirectPort) == "40000")
        #expect(fromConfig.value(of: .apiURL) == "https://eaccountingapi.vismaonline.com/v2")
    }

    /// Test the requested permissions are listed with their reasons, and the secret is masked.
    @Test func permissionsAreListedWithReasons() {
        let state = WizardFixtures.onVisma(environment: ["OVSYNC_VISMA_CLIENT_ID": "ovsync-sandbox", "OVSYNC_VISMA_CLIENT_SECRET": "sandbox-secret"])
        let screen = state.screenText()
        for scope in VismaOAuthConfiguration.defaultScopes { #expect(screen.contains("    \(scope)"), "\(scope) missing:\n\(screen)") }
        #expect(screen.contains("a refresh token renews the 60-minute access token"))
        #expect(!screen.contains("sandbox-secret"))
        #expect(screen.contains("Visma sends the browser back to http://127.0.0.1:53682/callback"))
    }

    /// Test missing and malformed client fields are named next to each field.
    @Test func clientFieldsAreChecked() {
        var state = WizardFixtures.onVisma()
        state.focus(on: .field(.apiURL))
        state.press(.control("u"))
        state.type("eaccountingapi")
        state.focus(on: .field(.redirectPort))
        state.press(.control("u"))
        state.type("70000")
        state.focusButton(.signIn)
        #expect(state.press(.enter).isEmpty)
        #expect(state.failure(at: .field(.clientID)) == "enter the client id Visma issued for this integration")
        #expect(state.failure(at: .field(.clientSecret)) == "enter the client secret that belongs to the client id")
        #expect(state.failure(at: .field(.apiURL)) == "enter an http(s) address; Visma's is https://eaccountingapi.vismaonline.com/v2")
        #expect(state.failure(at: .field(.identityURL)) == nil)
        #expect(state.failure(at: .field(.redirectPort)) == "the redirect port is a number from 1 to 65535")
        #expect(state.focus == .field(.clientID))
    }

    /// Test signing in starts the flow with the entered client, then shows the address on whole rows of its own.
    @Test func signInShowsTheAddressOnItsOwnRows() {
        var state = WizardFixtures.onVisma(environment: ["OVSYNC_VISMA_CLIENT_ID": "ovsync-sandbox", "OVSYNC_VISMA_CLIENT_SECRET": "sandbox-secret"])
        state.focusButton(.signIn)
        guard case .startSignIn(let entry)? = state.press(.enter).first else {
            Issue.record("expected the sign-in to start")
            return
        }
        #expect(entry.clientID == "ovsync-sandbox" && entry.clientSecret == "sandbox-secret" && entry.redirectPort == 53682)
        #expect(!entry.description.contains("sandbox-secret"))
        #expect(state.screenText().contains("Starting the sign-in…"))
        let signIn = FakeSignIn()
        let commands = state.receive(.signInStarted(signIn, at: WizardFixtures.now))
        #expect(commands.count == 2)
        guard case .awaitSignIn? = commands.first, case .tick? = commands.last else {
            Issue.record("expected to wait and tick, got \(commands)")
            return
        }
        #expect(state.focus == .signInURL)
        #expect(state.keyScopes == [.wizardSignIn, .wizard])
        let url = signIn.authorizationURL.absoluteString
        for width in [80, 300] {
            let rows = state.screen(width: width)
            let first = try? #require(rows.firstIndex { $0.hasPrefix(String(url.prefix(20))) })
            guard let first else { continue }
            let joined = rows[first...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            #expect(joined == url, "width \(width)")
        }
        #expect(state.screenText().contains("Waiting for Visma to send the browser back to http://127.0.0.1:53682/callback: 5:00 left (Esc cancels)."))
    }

    /// Test the countdown follows the ticks and asks for one tick at a time.
    @Test func countdownTicks() {
        var state = WizardFixtures.waiting()
        let commands = state.receive(.tick(WizardFixtures.now.addingTimeInterval(61)))
        guard case .tick? = commands.first else {
            Issue.record("expected another tick")
            return
        }
        #expect(state.screenText().contains("3:59 left"))
    }

    /// Test `c` copies the address and `o` explains why no browser opens over SSH, or opens one.
    @Test func copyAndOpen() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        guard case .copy(let text)? = state.press(.character("c")).first else {
            Issue.record("expected a copy")
            return
        }
        #expect(text == signIn.authorizationURL.absoluteString)
        #expect(state.press(.character("o")).isEmpty)
        #expect(state.notice?.contains("no display, or an SSH session") == true)
        var desktop = WizardState(defaults: WizardDefaults(configuration: Configuration(), environment: ["DISPLAY": ":0"], progress: nil),
                                  now: WizardFixtures.now)
        #expect(desktop.canOpenBrowser)
        #expect(!WizardFixtures.wizard(environment: ["DISPLAY": ":0", "SSH_CONNECTION": "10.0.0.1 5 10.0.0.2 22"]).canOpenBrowser)
        desktop = state
        _ = desktop.receive(.browserOpened(false))
        #expect(desktop.notice == "Could not start a browser here: press c to copy the address and open it yourself.")
    }

    /// Test pasting: typing on the address starts the pasted field; Enter hands it over; a non-redirect is named there.
    @Test func pastedAddress() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        state.press(.tab)
        #expect(state.press(.enter).isEmpty)
        #expect(state.failure(at: .field(.pastedURL)) == "paste the whole address the browser ended on, then press Enter")
        state.press(.backTab)
        state.type("http://127.0.0.1:53682/callback?code=x&state=y")
        #expect(state.focus == .field(.pastedURL))
        guard case .submitPastedURL(_, let text)? = state.press(.enter).first else {
            Issue.record("expected the paste to be handed over")
            return
        }
        #expect(text == "http://127.0.0.1:53682/callback?code=x&state=y")
        _ = state.receive(.pasteRejected(signIn, WizardFailure(VismaSignInError.notARedirect)))
        #expect(state.failure(at: .field(.pastedURL)) == VismaSignInError.notARedirect.description)
        _ = state.receive(.pasteAccepted(signIn))
        #expect(state.notice == "Address accepted; completing the sign-in with Visma…")
    }

    /// Test Esc cancels a running sign-in (not the wizard), and its late result is ignored.
    @Test func escapeCancelsTheSignIn() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        guard case .cancelSignIn? = state.press(.escape).first else {
            Issue.record("expected the sign-in to be cancelled")
            return
        }
        #expect(!state.signIn.isWaiting && state.leaveQuestion == nil)
        #expect(state.focus == .button(.signIn))
        _ = state.receive(.signInFailed(signIn, WizardFailure(VismaSignInError.cancelled)))
        #expect(state.failure(at: .button(.signIn)) == nil)
        _ = state.receive(.signedIn(signIn, WizardFixtures.account))
        #expect(state.signIn.account == nil)
    }

    /// Test each sign-in failure lands next to the item at fault.
    @Test func signInFailuresArePlaced() {
        let cases: [(any Error, WizardItem)] = [
            (VismaSignInError.receiverUnavailable("127.0.0.1:53682 — address in use"), .field(.redirectPort)),
            (VismaSignInError.accessDenied(nil), .button(.signIn)),
            (VismaSignInError.timedOut, .button(.signIn)),
            (VismaError(classification: .authentication, message: "client rejected", status: 401, oauthError: "invalid_client"), .field(.clientSecret)),
            (VismaError(classification: .transient, message: "Visma answered 503"), .button(.signIn)),
        ]
        for (error, item) in cases {
            let signIn = FakeSignIn()
            var state = WizardFixtures.waiting(signIn)
            let failure = WizardFailure.signInFailure(error)
            _ = state.receive(.signInFailed(signIn, failure))
            #expect(failure.item == item, "\(error)")
            #expect(state.failure(at: item) == failure.message)
            #expect(state.focus == item)
            #expect(state.screenText().contains("✗ " + String(failure.message.prefix(30))), "\(error)")
        }
        var starting = WizardFixtures.onVisma(environment: ["OVSYNC_VISMA_CLIENT_ID": "a", "OVSYNC_VISMA_CLIENT_SECRET": "b"])
        starting.focusButton(.signIn)
        starting.press(.enter)
        _ = starting.receive(.signInFailed(nil, WizardFailure(VismaSignInError.receiverUnavailable("in use"))))
        #expect(starting.failure(at: .field(.redirectPort))?.hasPrefix("the sign-in could not listen") == true)
    }

    /// Test the company is shown after sign-in, and PgDn waits for it.
    @Test func signedInShowsTheCompany() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        #expect(state.press(.pageDown).isEmpty)
        #expect(state.notice == "Finish the sign-in in the browser first (or paste the address it ended on).")
        _ = state.receive(.signedIn(signIn, WizardFixtures.account))
        #expect(state.focus == .button(.continueToTuning))
        let screen = state.screenText()
        #expect(screen.contains("✓ Signed in to the Visma company Acme AB."))
        #expect(screen.contains("✓ Visma's stock module is not active: the stock process can write stock balances."))
        #expect(state.tuning.isEnabled(.stock))
        state.press(.enter)
        #expect(state.step == .fineTuning)
    }

    /// Test an active Visma stock module is said plainly and switches the stock process off.
    @Test func stockModuleActiveTurnsStockOff() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        _ = state.receive(.signedIn(signIn, VismaAccount(companyName: "Acme AB", activatedModules: ["Stock"], stockModuleActive: true)))
        #expect(state.screenText().contains("Visma's stock module is active: Visma keeps its own stock, so the stock process cannot run. It stays off."))
        #expect(!state.tuning.isEnabled(.stock))
    }

    /// Test changing the client after sign-in asks for a new sign-in.
    @Test func changingTheClientSignsOut() {
        let signIn = FakeSignIn()
        var state = WizardFixtures.waiting(signIn)
        _ = state.receive(.signedIn(signIn, WizardFixtures.account))
        state.focus(on: .field(.clientID))
        state.type("x")
        #expect(state.signIn.account == nil)
        #expect(state.notice == "Changed: sign in to Visma again with the new settings.")
        #expect(state.press(.pageDown).isEmpty && state.step == .visma)
    }
}
