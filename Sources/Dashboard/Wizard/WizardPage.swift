import Foundation
import SyncEngine
import TerminalUI

/// The rows of the current step, built from the state for a given width: pure, so tests can
/// read exactly what the admin sees.
struct WizardPage {
    /// The column where fields start.
    static let fieldColumn = 19
    /// The widest a field grows.
    static let maximumFieldWidth = 64

    let state: WizardState
    let glyphs: GlyphSet
    let width: Int
    private(set) var lines: [WizardLine] = []

    /// Builds the rows of `state`'s step.
    init(state: WizardState, glyphs: GlyphSet, width: Int) {
        self.state = state
        self.glyphs = glyphs
        self.width = max(20, width)
        switch state.step {
        case .warehouse: buildWarehouse()
        case .visma: buildVisma()
        case .fineTuning: buildFineTuning()
        case .summary: buildSummary()
        }
    }

    /// The width of a field drawn from ``fieldColumn``.
    var fieldWidth: Int { max(8, min(Self.maximumFieldWidth, width - Self.fieldColumn - 1)) }

    // MARK: - Steps

    private mutating func buildWarehouse() {
        text("Connect the warehouse (Ongoing WMS). The check only reads; nothing is saved before step 4.")
        notice()
        blank()
        field(.system, hint: "the login page's address (like https://demo.ongoingsystems.se/demo/), the system's name, the API URL, or a customer ID")
        field(.username)
        field(.password)
        field(.goodsOwner)
        blank()
        let status: [Span]
        if state.verifying {
            status = [Span("Checking with Ongoing…", role: .processPending)]
        } else if let warehouse = state.warehouse {
            status = [Span("\(glyphs.check) verified: \(warehouse.systemName), \(warehouse.statuses.count) order statuses", role: .healthOK)]
        } else {
            status = []
        }
        button(.verifyWarehouse, after: status)
    }

    private mutating func buildVisma() {
        switch state.signIn {
        case .notStarted, .starting:
            permissions()
            notice()
            blank()
            clientFields()
            blank()
            button(.signIn, after: state.signIn.isStarting ? [Span("Starting the sign-in…", role: .processPending)] : [])
        case .waiting(let handle):
            waiting(handle)
        case .signedIn(let account, _):
            signedIn(account)
            blank()
            text("To sign in again (another company or client), change the fields below and press Enter on the button.", role: .textMuted)
            clientFields()
            button(.signIn, after: [])
        }
    }

    private mutating func buildFineTuning() {
        text("Choose what runs and how. Everything here can be changed later in the dashboard's settings.")
        notice()
        blank()
        text("Processes (Space switches on or off; the interval is in seconds):", role: .header)
        for process in ProcessName.allCases { processRow(process) }
        blank()
        text("Thresholds from the warehouse's own statuses (←/→ change, Space lists them all):", role: .header)
        choice(.startedStatus, label: "Orders not updated from", value: statusText(state.tuning.startedStatus))
        choice(.shippedStatus, label: "Orders shipped from", value: statusText(state.tuning.shippedStatus))
        blank()
        choice(.stockFigure, label: "Stock figure", value: stockFigureText(state.tuning.stockFigure))
        blank()
        text("Additional article fields, sent to Ongoing besides number, name, unit, EAN and prices:", role: .header)
        for field in AdditionalArticleField.allCases {
            option(.articleField(field), on: state.tuning.additionalFields.contains(field), label: articleFieldText(field))
        }
        option(.backorder, on: state.tuning.backorderOnShortShipment, label: "After a short shipment, ask Visma for a backorder of the rest")
        blank()
        button(.continueToSummary, after: [])
    }

    private mutating func buildSummary() {
        text("Check everything, then activate: ovsync writes config.toml and the secrets store, then starts the engine.")
        notice()
        blank()
        let tuning = state.tuning
        if let warehouse = state.warehouse {
            pair("Warehouse", "\(warehouse.systemName) at \(warehouse.apiURL.absoluteString), API user \(warehouse.username), goods owner \(warehouse.goodsOwnerID)")
        } else {
            pair("Warehouse", "not verified: go back to step 1 (PgUp)", role: .healthBad)
        }
        if let account = state.signIn.account {
            pair("Visma", "\(account.companyName), client \(state.value(of: .clientID))")
        } else {
            pair("Visma", "not signed in: go back to step 2 (PgUp)", role: .healthBad)
        }
        let processes = tuning.processes.map { $0.enabled ? "\($0.process.rawValue) on, every \($0.intervalSeconds) s" : "\($0.process.rawValue) OFF" }
        pair("Processes", processes.joined(separator: glyphs.separator))
        pair("Orders", "not updated from status \(statusText(tuning.startedStatus)); shipped from \(statusText(tuning.shippedStatus))")
        pair("Stock figure", stockFigureText(tuning.stockFigure))
        pair("Article fields", tuning.additionalFields.isEmpty ? "only the defaults" : tuning.additionalFields.map(\.rawValue).joined(separator: ", "))
        pair("Backorders", tuning.backorderOnShortShipment ? "on short shipment" : "off")
        blank()
        button(.activate, after: state.activating ? [Span("Activating…", role: .processPending)] : [])
    }

    // MARK: - Visma parts

    private mutating func permissions() {
        text("Sign in to the Visma eAccounting company. ovsync asks Visma for these permissions; allow all of them:")
        for permission in VismaPermission.requested {
            let label = permission.scope.padding(toLength: 16, withPad: " ", startingAt: 0)
            wrapped(label, permission.reason, indent: 4)
        }
    }

    private mutating func clientFields() {
        field(.clientID)
        field(.clientSecret)
        field(.apiURL, hint: "change these three only for a sandbox or test system")
        field(.identityURL)
        field(.redirectPort, hint: "Visma sends the browser back to http://127.0.0.1:\(state.value(of: .redirectPort))/callback")
    }

    private mutating func waiting(_ handle: WizardSignInHandle) {
        let focused = state.focus == .signInURL
        text("Open this address in a browser and sign in to the company (c copies it, o opens a browser):",
             role: focused ? .titleFocused : .text, items: [.signInURL])
        blank()
        let url = handle.session.authorizationURL.absoluteString
        var rest = Substring(url)
        while !rest.isEmpty {
            lines.append(WizardLine([Span(String(rest.prefix(width)), role: .link)], indent: 0, items: [.signInURL]))
            rest = rest.dropFirst(width)
        }
        blank()
        let left = max(0, Int(handle.deadline.timeIntervalSince(state.now).rounded(.up)))
        text("Waiting for Visma to send the browser back to \(handle.session.redirectURI): \(left / 60):\(String(format: "%02d", left % 60)) left (Esc cancels).",
             role: .processPending)
        notice()
        blank()
        text("If the browser runs on another computer, it ends on a page that cannot load. Copy that page's address "
             + "from the browser's address bar, paste it here and press Enter:")
        field(.pastedURL)
    }

    private mutating func signedIn(_ account: VismaAccount) {
        text("\(glyphs.check) Signed in to the Visma company \(account.companyName).", role: .healthOK)
        text("The permissions work: the company settings were read with the new tokens (kept in memory until step 4).", role: .textMuted, indent: 4)
        if !account.activatedModules.isEmpty {
            wrapped("Modules", account.activatedModules.joined(separator: ", "), indent: 4)
        }
        if account.stockModuleActive {
            text("\(glyphs.cross) Visma's stock module is active: Visma keeps its own stock, so the stock process cannot run. It stays off.",
                 role: .healthBad)
        } else {
            text("\(glyphs.check) Visma's stock module is not active: the stock process can write stock balances.", role: .healthOK)
        }
        notice()
        blank()
        button(.continueToTuning, after: [])
    }

    // MARK: - Rows

    private mutating func blank() {
        lines.append(WizardLine())
    }

    private mutating func text(_ text: String, role: StyleRole = .text, indent: Int = 2, items: [WizardItem] = []) {
        for part in TextFitting.wrap(text, toWidth: max(10, width - indent)) {
            lines.append(WizardLine([Span(part, role: role)], indent: indent, items: items))
        }
    }

    private mutating func notice() {
        if let notice = state.notice { text(notice, role: .healthWarn) }
    }

    /// A label and text wrapped under the text's first column.
    private mutating func wrapped(_ label: String, _ body: String, indent: Int, role: StyleRole = .text) {
        let column = max(DisplayWidth.of(label) + 1, Self.fieldColumn - indent)
        let parts = TextFitting.wrap(body, toWidth: max(10, width - indent - column))
        for (index, part) in parts.enumerated() {
            let head = index == 0 ? label.padding(toLength: column, withPad: " ", startingAt: 0) : String(repeating: " ", count: column)
            lines.append(WizardLine([Span(head, role: .textMuted), Span(part, role: role)], indent: indent))
        }
    }

    private mutating func pair(_ label: String, _ body: String, role: StyleRole = .text) {
        wrapped(label, body, indent: 2, role: role)
    }

    private mutating func failure(_ item: WizardItem, indent: Int = WizardPage.fieldColumn) {
        guard let message = state.failure(at: item) else { return }
        for (index, part) in TextFitting.wrap(message, toWidth: max(10, width - indent - 2)).enumerated() {
            lines.append(WizardLine([Span((index == 0 ? "\(glyphs.cross) " : "  ") + part, role: .healthBad)], indent: indent, items: [item]))
        }
    }

    private mutating func field(_ field: WizardField, hint: String? = nil) {
        let item = WizardItem.field(field)
        let label = field.label.padding(toLength: Self.fieldColumn - 2, withPad: " ", startingAt: 0)
        lines.append(WizardLine([Span(label, role: state.focus == item ? .titleFocused : .text)], items: [item], field: field,
                                fieldX: Self.fieldColumn, fieldWidth: fieldWidth))
        failure(item)
        if let hint, state.failure(at: item) == nil { text(hint, role: .textMuted, indent: Self.fieldColumn, items: [item]) }
    }

    private mutating func button(_ button: WizardButton, after status: [Span]) {
        let item = WizardItem.button(button)
        let caption = Span("[ \(button.caption) ]", role: state.focus == item ? .buttonFocused : .button)
        lines.append(WizardLine([caption, Span("  ")] + status, indent: Self.fieldColumn, items: [item]))
        failure(item)
    }

    private mutating func option(_ item: WizardItem, on: Bool, label: String) {
        let box = on ? "[x]" : "[ ]"
        lines.append(WizardLine([Span("\(box) \(label)", role: state.focus == item ? .selection : (on ? .text : .textMuted))], indent: 4, items: [item]))
        failure(item, indent: 8)
    }

    private mutating func choice(_ item: WizardItem, label: String, value: String) {
        let focused = state.focus == item
        let (left, right) = glyphs.isUnicode ? ("‹", "›") : ("<", ">")
        lines.append(WizardLine([Span(label.padding(toLength: 26, withPad: " ", startingAt: 0), role: focused ? .titleFocused : .text),
                                 Span("\(left) \(value) \(right)", role: focused ? .selection : .text)], indent: 4, items: [item]))
        failure(item, indent: 30)
    }

    private mutating func processRow(_ process: ProcessName) {
        let on = state.tuning.isEnabled(process)
        let item = WizardItem.processSwitch(process)
        let switchText = "\(on ? "[x]" : "[ ]") \(process.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))"
        let direction = process == .articles || process == .orders ? "Visma \(glyphs.arrow) Ongoing" : "Ongoing \(glyphs.arrow) Visma"
        let state = self.state
        lines.append(WizardLine([Span(switchText, role: state.focus == item ? .selection : (on ? .processOn : .processOff)),
                                 Span(" \(direction)".padding(toLength: 20, withPad: " ", startingAt: 0), role: .textMuted),
                                 Span("every", role: state.focus == .field(.interval(process)) ? .titleFocused : .text)],
                                indent: 4, items: [item, .field(.interval(process))], field: .interval(process), fieldX: 45, fieldWidth: 7))
        failure(item, indent: 8)
        failure(.field(.interval(process)), indent: 45)
    }

    // MARK: - Texts

    private func statusText(_ number: Int) -> String {
        guard let status = state.statuses.first(where: { $0.number == number }) else { return "\(number)" }
        return status.text.isEmpty ? "\(number)" : "\(number) \(status.text)"
    }

    private func stockFigureText(_ figure: StockFigure) -> String {
        switch figure {
        case .sellable: "sellable: what can still be sold (sellableNumberOfItems)"
        case .physical: "physical: what is on the shelves (numberOfItems)"
        }
    }

    private func articleFieldText(_ field: AdditionalArticleField) -> String {
        switch field {
        case .nameEnglish: "English name (name_english)"
        case .grossPrice: "gross price (gross_price)"
        case .stockLocation: "stock location (stock_location)"
        case .note: "note (note)"
        }
    }
}

extension SignInPhase {
    /// Whether listening is being set up.
    var isStarting: Bool {
        if case .starting = self { return true }
        return false
    }
}
