import APITransport
import Foundation
import OngoingWMS
import SyncEngine
import VismaEAccounting

/// Turns the wizard's commands into hosted tasks that call the same flows as
/// `ovsync connect ongoing` and `ovsync connect visma`. Every task returns a ``WizardEvent``
/// (or nothing); blocking I/O runs on Dispatch threads.
enum WizardTasks {
    /// The task for `command`, or nil for commands the screen carries out itself (copy, close).
    static func task(for command: WizardCommand) -> HostedTask? {
        switch command {
        case .verifyWarehouse(let request):
            return HostedTask(id: "wizard.verify-warehouse") { _ in await BlockingWork.run { verify(request) } }
        case .startSignIn(let entry):
            return HostedTask(id: "wizard.start-sign-in") { _ in
                do {
                    return WizardEvent.signInStarted(try await LiveVismaSignIn.start(entry), at: Date())
                } catch {
                    return WizardEvent.signInFailed(nil, .signInFailure(error))
                }
            }
        case .awaitSignIn(let handle):
            return HostedTask(id: "wizard.await-sign-in") { _ in
                let session = handle.session
                do {
                    let seconds = max(1, handle.deadline.timeIntervalSinceNow)
                    return WizardEvent.signedIn(session, try await session.finish(timeout: .milliseconds(Int(seconds * 1000))))
                } catch {
                    return WizardEvent.signInFailed(session, .signInFailure(error))
                }
            }
        case .submitPastedURL(let handle, let text):
            return HostedTask(id: "wizard.paste") { _ in
                do throws(VismaSignInError) {
                    try handle.session.submit(pastedURL: text)
                    return WizardEvent.pasteAccepted(handle.session)
                } catch {
                    return WizardEvent.pasteRejected(handle.session, WizardFailure(error))
                }
            }
        case .cancelSignIn(let handle):
            return HostedTask(id: "wizard.cancel-sign-in") { _ in
                handle.session.cancel()
                return WizardEvent?.none
            }
        case .openBrowser(let url):
            return HostedTask(id: "wizard.open-browser") { _ in WizardEvent.browserOpened(await BlockingWork.run { VismaBrowser.open(url) }) }
        case .tick:
            return HostedTask(id: "wizard.tick") { _ in
                try? await Task.sleep(for: .seconds(1))
                return WizardEvent.tick(Date())
            }
        case .saveProgress(let progress):
            return HostedTask(id: "wizard.save-progress") { context in
                await BlockingWork.run {
                    do {
                        try WizardProgressFile(home: context.workspace.home).save(progress)
                        return WizardEvent?.none
                    } catch {
                        return WizardEvent.progressNotSaved(String(describing: error))
                    }
                }
            }
        case .activate(let plan):
            return HostedTask(id: "wizard.activate") { context in
                await BlockingWork.run {
                    do {
                        try plan.activate(in: context.workspace)
                        return WizardEvent.activated
                    } catch {
                        return WizardEvent.activationFailed(String(describing: error))
                    }
                }
            }
        case .copy, .close:
            return nil
        }
    }

    /// Resolves the system and runs Ongoing's connection check; nothing is stored.
    private static func verify(_ request: WarehouseRequest) -> WizardEvent {
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }
        let apiURL: URL
        do {
            apiURL = try OngoingSystemResolver.resolveAPIURL(
                system: request.system, directory: request.directoryURL.map { OngoingCustomerDirectory(baseURL: $0, transport: transport) })
        } catch {
            return .warehouseFailed(WizardFailure(error))
        }
        let client = OngoingClient(
            configuration: OngoingConfiguration(apiURL: apiURL, credentials: OngoingCredentials(username: request.username, password: request.password),
                                                goodsOwnerId: request.goodsOwnerID),
            transport: transport)
        do {
            let statuses = try client.checkConnection()
            return .warehouseVerified(WarehouseConnection(apiURL: apiURL, username: request.username, goodsOwnerID: request.goodsOwnerID,
                                                          statuses: statuses.map { WarehouseStatus(number: $0.number, text: $0.text ?? "") },
                                                          directoryURL: request.directoryURL))
        } catch {
            return .warehouseFailed(WizardFailure(error))
        }
    }
}
