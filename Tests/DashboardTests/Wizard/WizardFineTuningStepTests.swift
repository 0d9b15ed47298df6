import Dashboard
import Foundation
import SyncEngine
import Testing
import TerminalUI

/// Step 3: switches, intervals, thresholds from the warehouse's statuses, stock figure, fields, backorders.
struct WizardFineTuningStepTests {
    /// Test every process starts on with the configured interval.
    @Test func defaultsAreAllOn() {
        let state = WizardFixtures.onFineTuning()
        #expect(state.step == .fineTuning && state.focus == .processSwitch(.articles))
        #expect(ProcessName.allCases.allSatisfy { state.tuning.isEnabled($0) })
        #expect(state.value(of: .interval(.orders)) == "60")
        #expect(state.keyScopes == [.wizardOption, .wizard])
        let screen = state.screenText()
        #expect(screen.contains("[x] articles"))
        #expect(screen.contains("‹ 300 Released ›") && screen.contains("‹ 450 Sent ›"))
    }

    /// Test Space switches the focused process off and on; ←/→ set it.
    @Test func switchingAProcess() {
        var state = WizardFixtures.onFineTuning()
        state.focus(on: .processSwitch(.shipments))
        state.press(.character(" "))
        #expect(!state.tuning.isEnabled(.shipments))
        #expect(state.screenText().contains("[ ] shipments"))
        state.press(.right)
        #expect(state.tuning.isEnabled(.shipments))
        state.press(.left)
        #expect(!state.tuning.isEnabled(.shipments))
    }

    /// Test thresholds move through the warehouse's own statuses, and the list chooses one.
    @Test func thresholdsComeFromTheWarehouse() {
        var state = WizardFixtures.onFineTuning()
        state.focus(on: .startedStatus)
        state.press(.right)
        #expect(state.tuning.startedStatus == 400)
        state.press(.left)
        state.press(.left)
        #expect(state.tuning.startedStatus == 200)
        state.focus(on: .shippedStatus)
        state.press(.character(" "))
        #expect(state.picker?.item == .shippedStatus && state.picker?.list.selected == 3)
        #expect(state.keyScopes == [.wizardList])
        #expect(state.screenText().contains("500   Collected"))
        state.press(.down)
        state.press(.enter)
        #expect(state.picker == nil && state.tuning.shippedStatus == 500)
        state.press(.character(" "))
        state.press(.up)
        state.press(.escape)
        #expect(state.picker == nil && state.tuning.shippedStatus == 500)
    }

    /// Test intervals out of range and shipped-before-started are named where they are.
    @Test func checksBeforeGoingOn() {
        var state = WizardFixtures.onFineTuning()
        state.focus(on: .field(.interval(.orders)))
        state.press(.control("u"))
        state.type("2")
        state.focus(on: .shippedStatus)
        for _ in 0..<5 { state.press(.left) }
        #expect(state.tuning.shippedStatus == 200)
        #expect(state.press(.pageDown).isEmpty)
        #expect(state.step == .fineTuning)
        #expect(state.failure(at: .field(.interval(.orders))) == "the orders interval is in seconds, from 5 to 86400")
        #expect(state.failure(at: .shippedStatus)
            == "an order can only count as shipped after the warehouse started it: choose a status above 300")
        #expect(state.focus == .field(.interval(.orders)))
        #expect(state.screenText().contains("✗ the orders interval is in seconds"))
    }

    /// Test the stock process cannot be switched on while Visma's stock module is active.
    @Test func stockStaysOffWithVismasStockModule() {
        var state = WizardFixtures.onFineTuning(account: VismaAccount(companyName: "Acme AB", activatedModules: ["Stock"], stockModuleActive: true))
        #expect(!state.tuning.isEnabled(.stock))
        state.focus(on: .processSwitch(.stock))
        state.press(.character(" "))
        #expect(!state.tuning.isEnabled(.stock))
        #expect(state.failure(at: .processSwitch(.stock)) == "Visma's stock module is active, so the stock process cannot run")
    }

    /// Test stock figure, article fields and backorders switch, and Continue reaches the summary with the choices.
    @Test func optionsAndContinue() {
        var state = WizardFixtures.onFineTuning()
        state.focus(on: .stockFigure)
        state.press(.character(" "))
        #expect(state.tuning.stockFigure == .physical)
        state.focus(on: .articleField(.grossPrice))
        state.press(.character(" "))
        state.focus(on: .articleField(.nameEnglish))
        state.press(.enter)
        #expect(state.tuning.additionalFields == [.nameEnglish, .grossPrice])
        state.focus(on: .backorder)
        state.press(.character(" "))
        #expect(state.tuning.backorderOnShortShipment)
        state.focus(on: .field(.interval(.articles)))
        state.press(.control("u"))
        state.type("120")
        state.focusButton(.continueToSummary)
        guard case .saveProgress(let progress)? = state.press(.enter).first else {
            Issue.record("expected to go on")
            return
        }
        #expect(state.step == .summary)
        #expect(progress.tuning.interval(of: .articles) == 120 && progress.tuning.stockFigure == .physical)
    }
}
