import Dashboard
import Foundation
import OngoingWMS
import SyncEngine
import Testing
import TerminalUI

/// Step 1: the warehouse fields, their checks, and where each failure is shown.
struct WizardWarehouseStepTests {
    /// Test an empty form names what is missing next to each field and asks nothing of Ongoing.
    @Test func emptyFieldsAreNamedNextToEachField() {
        var state = WizardFixtures.wizard()
        state.focusButton(.verifyWarehouse)
        let commands = state.press(.enter)
        #expect(commands.isEmpty)
        #expect(state.failure(at: .field(.system)) == "enter the Ongoing system: the address of its login page, its name, or a customer ID")
        #expect(state.failure(at: .field(.username)) == "enter the API user (it usually starts with WSI)")
        #expect(state.failure(at: .field(.password)) == "enter the API user's password")
        #expect(state.failure(at: .field(.goodsOwner)) == "enter the goods owner id, a number like 159")
        #expect(state.focus == .field(.system))
        let screen = state.screenText()
        #expect(screen.contains("✗ enter the Ongoing system"))
        #expect(screen.contains("✗ enter the API user's password"))
    }

    /// Test the goods owner takes digits only and must be above 0.
    @Test func goodsOwnerIsAPositiveNumber() {
        var state = WizardFixtures.filledWarehouse()
        state.press(.control("u"))
        state.type("abc")
        #expect(state.value(of: .goodsOwner).isEmpty)
        state.type("0")
        state.press(.enter)
        #expect(state.failure(at: .field(.goodsOwner)) == "the goods owner id is a whole number above 0, like 159")
    }

    /// Test a customer ID without a customer directory, and an unusable URL, are refused at the system field.
    @Test func systemEntriesThatCannotResolve() {
        var state = WizardFixtures.filledWarehouse()
        state.focus(on: .field(.system))
        state.press(.control("u"))
        state.type("12345")
        state.focusButton(.verifyWarehouse)
        #expect(state.press(.enter).isEmpty)
        #expect(state.failure(at: .field(.system)) == OngoingSystemError.customerIDNeedsDirectory(12345).description)
        state.focus(on: .field(.system))
        state.press(.control("u"))
        state.type("https://api.ongoingsystems.se/")
        state.focusButton(.verifyWarehouse)
        #expect(state.press(.enter).isEmpty)
        #expect(state.failure(at: .field(.system)) == OngoingSystemError.noSystemName("https://api.ongoingsystems.se/").description)
    }

    /// Test Enter through the last field presses the button: one check with exactly what was typed.
    @Test func filledFormAsksOngoingOnce() throws {
        var state = WizardFixtures.filledWarehouse()
        let commands = state.press(.enter)
        guard case .verifyWarehouse(let request)? = commands.first else {
            Issue.record("expected a warehouse check, got \(commands)")
            return
        }
        #expect(request == WarehouseRequest(system: "http://127.0.0.1:18081/demo/api/v1/", username: "WSIdemo", password: "demo-password",
                                            goodsOwnerID: 159, directoryURL: nil))
        #expect(!request.description.contains("demo-password"))
        #expect(state.verifying)
        #expect(state.press(.enter).isEmpty)
        #expect(state.screenText().contains("Checking with Ongoing…"))
    }

    /// Test each refusal lands next to the field at fault and takes the focus there.
    @Test(arguments: [
        (OngoingConnectionFailure.wrongPassword(username: "WSIdemo"), WizardItem.field(.password)),
        (.wrongGoodsOwner(goodsOwnerId: 158, serverMessage: "no access"), .field(.goodsOwner)),
        (.unreachable(apiURL: URL(string: "http://127.0.0.1:1/demo/api/v1/")!, reason: "connection refused"), .field(.system)),
        (.systemNotFound(apiURL: URL(string: "http://127.0.0.1:18081/nosuch/api/v1/")!), .field(.system)),
        (.unexpected("HTTP 500"), .button(.verifyWarehouse)),
    ])
    func failuresAreShownNextToTheirField(failure: OngoingConnectionFailure, item: WizardItem) {
        var state = WizardFixtures.filledWarehouse()
        state.press(.enter)
        #expect(state.receive(.warehouseFailed(WizardFailure(failure))).isEmpty)
        #expect(!state.verifying)
        #expect(state.step == .warehouse)
        #expect(state.failure(at: item) == failure.description)
        #expect(state.focus == item)
        let rows = state.screen()
        let fieldRow = rows.firstIndex { row in row.contains(item == .button(.verifyWarehouse) ? "[ Verify and continue ]" : labelOf(item)) }
        let messageRow = rows.firstIndex { $0.contains("✗ " + String(failure.description.prefix(40))) }
        #expect(fieldRow != nil && messageRow == fieldRow.map { $0 + 1 }, "\(rows.joined(separator: "\n"))")
    }

    /// Test a wrong password, then the right one: the message goes once the password changes, and success moves on.
    @Test func wrongPasswordThenRightOne() {
        var state = WizardFixtures.filledWarehouse()
        state.press(.enter)
        _ = state.receive(.warehouseFailed(WizardFailure(.wrongPassword(username: "WSIdemo"))))
        #expect(state.focus == .field(.password))
        state.press(.control("u"))
        #expect(state.failure(at: .field(.password)) == nil)
        state.type("demo-password")
        state.press(.enter)
        let commands = state.press(.enter)
        guard case .verifyWarehouse(let request)? = commands.first else {
            Issue.record("expected a second check, got \(commands)")
            return
        }
        #expect(request.password == "demo-password")
        let next = state.receive(.warehouseVerified(WizardFixtures.warehouse))
        #expect(state.step == .visma)
        #expect(state.warehouse == WizardFixtures.warehouse)
        guard case .saveProgress(let progress)? = next.first else {
            Issue.record("expected the answers to be saved, got \(next)")
            return
        }
        #expect(progress.step == .visma && progress.username == "WSIdemo" && progress.goodsOwner == "159")
        let json = String(decoding: try! JSONEncoder().encode(progress), as: UTF8.self)
        #expect(!json.contains("demo-password"))
    }

    /// Test changing a field after the check forgets it, so PgDn checks again.
    @Test func editingAfterVerificationChecksAgain() {
        var state = WizardFixtures.onVisma()
        state.press(.pageUp)
        #expect(state.step == .warehouse && state.warehouse != nil)
        state.focus(on: .field(.goodsOwner))
        state.type("0")
        #expect(state.warehouse == nil)
        guard case .verifyWarehouse(let request)? = state.press(.pageDown).first else {
            Issue.record("expected a new check")
            return
        }
        #expect(request.goodsOwnerID == 1590)
    }

    /// Test the password is masked on screen: one mask per character, never the text.
    @Test func passwordIsMasked() {
        let state = WizardFixtures.filledWarehouse()
        let screen = state.screenText()
        #expect(!screen.contains("demo-password"))
        #expect(screen.contains(String(repeating: "•", count: "demo-password".count)))
        #expect(!String(describing: state).contains("demo-password"))
    }

    private func labelOf(_ item: WizardItem) -> String {
        switch item {
        case .field(.password): "Password"
        case .field(.goodsOwner): "Goods owner"
        default: "System"
        }
    }
}
