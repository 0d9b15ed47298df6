import Foundation
import OngoingWMS
import SyncEngine

extension WizardState {
    /// Step 1's button: checks the fields here, then asks Ongoing.
    mutating func verifyWarehouse() -> [WizardCommand] {
        guard !verifying else { return [] }
        for item in [WizardItem.field(.system), .field(.username), .field(.password), .field(.goodsOwner), .button(.verifyWarehouse)] {
            failures[item] = nil
        }
        let system = value(of: .system).trimmingCharacters(in: .whitespaces)
        let username = value(of: .username).trimmingCharacters(in: .whitespaces)
        let password = value(of: .password)
        let goodsOwner = Int(value(of: .goodsOwner))
        if system.isEmpty {
            failures[.field(.system)] = "enter the Ongoing system: the address of its login page, its name, or a customer ID"
        } else {
            do throws(OngoingSystemError) {
                if case .customerID(let id) = try OngoingSystemResolver.resolve(system: system), directoryURL == nil {
                    throw OngoingSystemError.customerIDNeedsDirectory(id)
                }
            } catch {
                failures[.field(.system)] = WizardFailure(error).message
            }
        }
        if username.isEmpty { failures[.field(.username)] = "enter the API user (it usually starts with WSI)" }
        if password.isEmpty { failures[.field(.password)] = "enter the API user's password" }
        if value(of: .goodsOwner).isEmpty {
            failures[.field(.goodsOwner)] = "enter the goods owner id, a number like 159"
        } else if (goodsOwner ?? 0) <= 0 {
            failures[.field(.goodsOwner)] = "the goods owner id is a whole number above 0, like 159"
        }
        if let first = items.first(where: { failures[$0] != nil }) {
            focus = first
            return []
        }
        verifying = true
        notice = nil
        return [.verifyWarehouse(WarehouseRequest(system: system, username: username, password: password,
                                                  goodsOwnerID: goodsOwner ?? 0, directoryURL: directoryURL))]
    }

    /// Step 2's button: checks the client fields, then starts listening for the redirect.
    mutating func startSignIn() -> [WizardCommand] {
        guard case .notStarted = signIn else {
            if case .signedIn = signIn {
                signIn = .notStarted
                return startSignIn()
            }
            return []
        }
        let fields: [WizardField] = [.clientID, .clientSecret, .apiURL, .identityURL, .redirectPort]
        for field in fields { failures[.field(field)] = nil }
        failures[.button(.signIn)] = nil
        let clientID = value(of: .clientID).trimmingCharacters(in: .whitespaces)
        let clientSecret = value(of: .clientSecret)
        let apiURL = Self.webURL(value(of: .apiURL))
        let identityURL = Self.webURL(value(of: .identityURL))
        let port = Int(value(of: .redirectPort)).flatMap { (1...65_535).contains($0) ? $0 : nil }
        if clientID.isEmpty { failures[.field(.clientID)] = "enter the client id Visma issued for this integration" }
        if clientSecret.isEmpty { failures[.field(.clientSecret)] = "enter the client secret that belongs to the client id" }
        if apiURL == nil {
            failures[.field(.apiURL)] = "enter an http(s) address; Visma's is \(Configuration().visma.apiURL.absoluteString)"
        }
        if identityURL == nil {
            failures[.field(.identityURL)] = "enter an http(s) address; Visma's is \(Configuration().visma.identityURL.absoluteString)"
        }
        if port == nil { failures[.field(.redirectPort)] = "the redirect port is a number from 1 to 65535" }
        guard let apiURL, let identityURL, let port, !clientID.isEmpty, !clientSecret.isEmpty else {
            focus = items.first { failures[$0] != nil } ?? focus
            return []
        }
        signIn = .starting
        notice = "Starting the sign-in…"
        return [.startSignIn(VismaClientEntry(apiURL: apiURL, identityURL: identityURL, clientID: clientID,
                                              clientSecret: clientSecret, redirectPort: port))]
    }

    /// Enter in the pasted-address field: hands the address to the sign-in.
    mutating func submitPastedURL() -> [WizardCommand] {
        guard case .waiting(let handle) = signIn else { return [] }
        let text = value(of: .pastedURL).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            failures[.field(.pastedURL)] = "paste the whole address the browser ended on, then press Enter"
            return []
        }
        failures[.field(.pastedURL)] = nil
        return [.submitPastedURL(handle, text)]
    }

    /// Step 3's checks: intervals in range, shipped after started, no stock process against Visma's stock module.
    mutating func checkTuning() -> Bool {
        for process in ProcessName.allCases {
            let item = WizardItem.field(.interval(process))
            if let seconds = Int(value(of: .interval(process))), (5...86_400).contains(seconds) {
                tuning.setInterval(process, seconds)
                failures[item] = nil
            } else {
                failures[item] = "the \(process.rawValue) interval is in seconds, from 5 to 86400"
            }
        }
        if tuning.shippedStatus <= tuning.startedStatus {
            failures[.shippedStatus] = "an order can only count as shipped after the warehouse started it: choose a status above \(tuning.startedStatus)"
        } else {
            failures[.shippedStatus] = nil
        }
        if signIn.account?.stockModuleActive == true && tuning.isEnabled(.stock) {
            failures[.processSwitch(.stock)] = "Visma's stock module is active, so the stock process cannot run: switch it off"
        } else {
            failures[.processSwitch(.stock)] = nil
        }
        let tuningItems = ProcessName.allCases.flatMap { [WizardItem.field(.interval($0)), .processSwitch($0)] } + [.shippedStatus]
        guard tuningItems.contains(where: { failures[$0] != nil }) else { return true }
        step = .fineTuning
        focus = items.first { failures[$0] != nil } ?? focus
        return false
    }

    /// Step 4's button: everything verified goes to activation.
    mutating func activate() -> [WizardCommand] {
        guard !activating else { return [] }
        guard let warehouse else {
            failures[.button(.activate)] = "the warehouse is not verified: go back to step 1 (PgUp)"
            return []
        }
        guard case .signedIn(_, let handle) = signIn, let apiURL = Self.webURL(value(of: .apiURL)),
              let identityURL = Self.webURL(value(of: .identityURL)), let port = Int(value(of: .redirectPort)) else {
            failures[.button(.activate)] = "Visma is not signed in: go back to step 2 (PgUp)"
            return []
        }
        guard checkTuning() else { return [] }
        failures[.button(.activate)] = nil
        activating = true
        let visma = VismaClientEntry(apiURL: apiURL, identityURL: identityURL, clientID: value(of: .clientID).trimmingCharacters(in: .whitespaces),
                                     clientSecret: value(of: .clientSecret), redirectPort: port)
        return [.activate(ActivationPlan(warehouse: warehouse, password: value(of: .password), visma: visma,
                                         signIn: handle.session, tuning: tuning))]
    }

    /// `text` as an http(s) URL with a host, or nil.
    static func webURL(_ text: String) -> URL? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", components.host?.isEmpty == false else { return nil }
        return URL(string: trimmed)
    }
}
