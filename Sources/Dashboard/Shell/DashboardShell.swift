import Dispatch
import Foundation
import Logging
import SyncEngine
import TerminalUI

/// Runs the dashboard in the terminal: owns the curses session and the embedded engine, feeds
/// keys, ticks and engine events through the reducer, and carries out the effects it returns.
///
/// Main actor only. Blocking work (config writes, engine commands, store reads) runs on a
/// serial background queue; its results come back to the main queue as events.
@MainActor
public final class DashboardShell {
    private let workspace: Workspace
    private let display: DashboardDisplay
    private let connection: ConnectionID
    private var state: DashboardState
    private var session: TerminalSession?
    private var engine: Engine?
    private var systems: ConnectedSystems?
    private var finished: CheckedContinuation<Int32, Never>?
    private var exitStatus: Int32?
    private let commands = DispatchQueue(label: "ovsync.dashboard.commands")
    private let logger = Logger(label: "ovsync.dashboard")

    /// A dashboard over `workspace`; `makeWizard` builds the setup wizard, shown at once when `opensWizard`.
    public init(workspace: Workspace, display: DashboardDisplay, connection: ConnectionID = .primary,
                makeWizard: (@Sendable () -> any HostedScreen)? = nil, opensWizard: Bool = false) {
        self.workspace = workspace
        self.display = display
        self.connection = connection
        state = DashboardState(
            size: Size(width: 80, height: 24), now: Date(), screen: .firstRun, homePath: workspace.home.displayPath,
            configuration: workspace.configuration, themeName: display.theme ?? "default",
            availableThemes: display.locator.availableThemes(), makeWizard: makeWizard)
        if opensWizard { state.openWizard() }
    }

    /// Takes over the terminal, starts the engine when both sides are connected (else shows the
    /// first-run screen) and returns the exit status once the admin quits (0) or a signal ends it
    /// (128 + n). The engine is stopped and the terminal restored before it returns.
    public func run() async -> Int32 {
        let backend = CursesBackend(noColor: display.noColor, environment: display.environment)
        let theme = (try? display.locator.load(display.theme, for: backend.capability)) ?? .builtInDefault
        backend.apply(theme: theme)
        state.glyphs = display.ascii || !backend.isUTF8 ? .ascii : .unicode
        state.size = backend.size
        attachEngine()
        let session = TerminalSession(
            backend: backend,
            render: { [unowned self] size in DashboardRenderer.render(state, size: size) },
            handleKey: { [unowned self] key in
                send(key == .resize ? .resize(backend.size) : .key(key))
            },
            onTick: { [unowned self] in tick() },
            onExit: { [unowned self] exit in finish(exit.exitStatus) })
        self.session = session
        session.start()
        let status = await withCheckedContinuation { continuation in
            if let exitStatus {
                continuation.resume(returning: exitStatus)
            } else {
                finished = continuation
            }
        }
        await stopEngine()
        return status
    }

    /// Feeds one event through the reducer and performs the effects.
    private func send(_ event: DashboardEvent) {
        let effects = state.update(event)
        session?.setNeedsRedraw()
        for effect in effects { perform(effect) }
    }

    /// Moves the clock; redraws once a second (ages and the header clock) or when a message expires.
    private func tick() {
        let before = (second: Int(state.now.timeIntervalSince1970), flash: state.flash)
        _ = state.update(.tick(Date()))
        if Int(state.now.timeIntervalSince1970) != before.second || state.flash != before.flash { session?.setNeedsRedraw() }
    }

    private func finish(_ status: Int32) {
        session?.stop()
        guard exitStatus == nil else { return }
        exitStatus = status
        finished?.resume(returning: status)
        finished = nil
    }

    /// Opens both systems and starts the engine when the home is connected; loads what the
    /// state store holds either way.
    private func attachEngine() {
        if engine == nil {
            do {
                let systems = try ConnectedSystems(workspace: workspace, connection: connection)
                let configuration = try workspace.reloadConfiguration()
                let engine = Engine(connection: connection, store: workspace.store, configuration: configuration,
                                    accounting: systems.accounting, warehouse: systems.warehouse)
                engine.observe(Engine.Observer(queue: .main) { @Sendable [weak self] events in
                    MainActor.assumeIsolated { self?.send(.engine(events)) }
                })
                self.systems = systems
                self.engine = engine
                state.configuration = configuration
                engine.start()
            } catch {
                logger.info("engine not started: \(error)")
            }
        }
        do {
            let snapshot = try DashboardSnapshot.read(from: workspace.store, configuration: state.configuration, connection: connection,
                                                      engineRunning: engine != nil)
            send(.snapshot(snapshot))
        } catch {
            send(.notice("cannot read the state store: \(error)", .warning))
        }
    }

    private func stopEngine() async {
        guard let engine else { return }
        let systems = self.systems
        self.engine = nil
        self.systems = nil
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { @Sendable in
                engine.stop()
                systems?.shutdown()
                continuation.resume()
            }
        }
    }

    private func perform(_ effect: DashboardEffect) {
        switch effect {
        case .quit:
            finish(0)
        case .setProcess(let process, let enabled):
            background { workspace, engine in
                try workspace.setConfigured(process, enabled: enabled)
                try engine?.setEnabled(process, enabled)
                return nil
            }
        case .runNow(let process):
            engine?.runNow(process)
        case .retryParked(let process, let key):
            background { workspace, engine in
                try engine?.retryParked(process, key: key)
                return .parkedLoaded(try workspace.store.read { try $0.parkedItems(self.connection) })
            }
        case .skipParked(let process, let key):
            background { workspace, engine in
                try engine?.skipParked(process, key: key)
                return .parkedLoaded(try workspace.store.read { try $0.parkedItems(self.connection) })
            }
        case .loadParked:
            background { workspace, _ in .parkedLoaded(try workspace.store.read { try $0.parkedItems(self.connection) }) }
        case .loadOrderHistory(let vismaID, let orderNumber):
            background { workspace, _ in
                let history = try workspace.store.read { try $0.events(self.connection, entity: .order, key: orderNumber, limit: 500) }
                return .orderHistoryLoaded(vismaID: vismaID, history)
            }
        case .copy(let text):
            session?.copyToClipboard(text)
        case .applyTheme(let name):
            applyTheme(name)
        case .saveSettings(let values):
            background { workspace, engine in
                let saved = try workspace.updateConfiguration { configuration in
                    for process in ProcessName.allCases {
                        var schedule = configuration.schedule(of: process)
                        schedule.intervalSeconds = values.schedule(of: process).intervalSeconds
                        configuration.setSchedule(schedule, of: process)
                    }
                    configuration.orders.startedStatus = values.orders.startedStatus
                    configuration.shipments.shippedStatus = values.shipments.shippedStatus
                    configuration.shipments.backorderOnShortShipment = values.shipments.backorderOnShortShipment
                    configuration.stock.figure = values.stock.figure
                    configuration.stock.fullSweepHours = values.stock.fullSweepHours
                    configuration.articles.additionalFields = values.articles.additionalFields
                }
                engine?.apply(saved)
                return .settingsSaved(saved)
            }
        case .runHostedTask(let task):
            let context = HostedTaskContext(workspace: workspace)
            Task.detached { [weak self] in
                let value = await task.run(context)
                await self?.send(.hostedTaskFinished(HostedTaskResult(id: task.id, value: value)))
            }
        case .reloadHome:
            attachEngine()
        }
    }

    private func applyTheme(_ name: String) {
        guard let backend = session?.backend else { return }
        do {
            let theme = try display.locator.load(name, for: backend.capability)
            backend.apply(theme: theme)
            send(.themeApplied(name))
            if backend.capability == .monochrome { send(.notice("theme \(name) chosen; colours stay off (NO_COLOR or --no-color)", .info)) }
        } catch {
            send(.notice(String(describing: error), .warning))
        }
    }

    /// Runs `work` on the command queue and feeds its event (or its error, as a warning) back on the main queue.
    private func background(_ work: @escaping @Sendable (Workspace, Engine?) throws -> DashboardEvent?) {
        let workspace = self.workspace
        let engine = self.engine
        commands.async { @Sendable [weak self] in
            let event: DashboardEvent?
            do {
                event = try work(workspace, engine)
            } catch {
                event = .notice(String(describing: error), .warning)
            }
            guard let event else { return }
            DispatchQueue.main.async { @Sendable in
                MainActor.assumeIsolated { self?.send(event) }
            }
        }
    }
}
