import Foundation
import Synchronization

/// One process's serial queue and timer: runs cycles one at a time, records their outcome,
/// and schedules the next one (interval, backoff, or a short recheck while off or paused).
final class ProcessLane: Sendable {
    let process: any SyncProcess
    private let queue: DispatchQueue
    /// Only touched on `queue`, which serialises every access.
    nonisolated(unsafe) private var timer: (any DispatchSourceTimer)?
    private let triggered = Atomic<Bool>(false)
    private let off = Atomic<Bool>(false)
    /// Left once the first cycle after start has finished (whatever its outcome).
    private let firstCycle = DispatchGroup()
    private let firstCycleOpen = Atomic<Bool>(false)
    /// How long a lane waits at most for the lane it starts after.
    static let startWaitLimit: DispatchTimeInterval = .seconds(120)

    init(process: any SyncProcess) {
        self.process = process
        queue = DispatchQueue(label: "ovsync.engine.\(process.name.rawValue)")
    }

    /// True while the process is switched off (a running cycle stops after its current step).
    var switchedOff: Bool { off.load(ordering: .relaxed) }

    /// Starts the lane; with `predecessor`, its first cycle waits for the predecessor's first.
    func start(engine: Engine, after predecessor: ProcessLane? = nil) {
        if !firstCycleOpen.exchange(true, ordering: .sequentiallyConsistent) { firstCycle.enter() }
        queue.async { [self] in
            if let predecessor { _ = predecessor.firstCycle.wait(timeout: .now() + Self.startWaitLimit) }
            schedule(after: 0, engine: engine)
        }
    }

    private func finishFirstCycle() {
        if firstCycleOpen.exchange(false, ordering: .sequentiallyConsistent) { firstCycle.leave() }
    }

    func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
    }

    func trigger(engine: Engine) {
        guard !triggered.exchange(true, ordering: .sequentiallyConsistent) else { return }
        queue.async { [self] in
            triggered.store(false, ordering: .sequentiallyConsistent)
            runScheduledCycle(engine: engine)
        }
    }

    func runCycleNow(engine: Engine) throws -> CycleSummary {
        try queue.sync { try cycle(engine: engine, refuseWhenOff: true) }
    }

    private func schedule(after delay: TimeInterval, engine: Engine) {
        let source = DispatchSource.makeTimerSource(queue: queue)
        source.schedule(deadline: .now() + max(0, delay))
        source.setEventHandler { @Sendable [weak self, weak engine] in
            guard let self, let engine else { return }
            self.runScheduledCycle(engine: engine)
        }
        dispatchPrecondition(condition: .onQueue(queue))
        timer?.cancel()
        timer = source
        source.resume()
    }

    private func runScheduledCycle(engine: Engine) {
        defer { finishFirstCycle() }
        guard !engine.isStopping else { return }
        let delay: TimeInterval
        do {
            _ = try cycle(engine: engine, refuseWhenOff: false)
            delay = nextDelay(engine: engine)
        } catch {
            delay = nextDelay(engine: engine)
        }
        if !engine.isStopping { schedule(after: delay, engine: engine) }
    }

    private func nextDelay(engine: Engine) -> TimeInterval {
        let state = try? engine.store.read { try $0.processState(engine.connection, process.name) }
        guard let state, state.enabled, let next = state.nextRunAt else { return engine.idleRecheck }
        return max(0, next.timeIntervalSince(engine.clock.now()))
    }

    /// Runs one cycle and records its outcome; returns the summary or rethrows the failure.
    private func cycle(engine: Engine, refuseWhenOff: Bool) throws -> CycleSummary {
        let name = process.name
        let environment = engine.environment(for: name)
        let interval = TimeInterval(environment.configuration.schedule(of: name).intervalSeconds)
        let current = try environment.processState(name)
        off.store(!current.enabled, ordering: .relaxed)
        guard current.enabled else {
            if refuseWhenOff { throw EngineError.processDisabled(name) }
            if current.state != .disabled {
                try environment.commit { scope in
                    var state = current
                    state.state = .disabled
                    state.nextRunAt = nil
                    try scope.save(state)
                }
            }
            return CycleSummary()
        }
        if let connection = try engine.store.read({ try $0.connection(engine.connection) }), connection.needsReauthorization {
            try update(environment) { state in
                state.state = .needsReauthorization
                state.lastError = "Visma needs a new sign-in: run ovsync connect visma (or the setup wizard)"
                state.nextRunAt = nil
            }
            if refuseWhenOff { throw EngineError.needsReauthorization }
            return CycleSummary()
        }
        try update(environment) { $0.state = .running }
        let started = engine.clock.now()
        do {
            let summary = try process.runCycle(environment)
            let finished = engine.clock.now()
            try update(environment) { state in
                state.lastRunAt = finished
                state.failureStreak = 0
                state.nextRunAt = finished.addingTimeInterval(interval)
                if let reason = summary.unavailable {
                    state.state = .unavailable
                    state.lastError = reason
                } else {
                    state.state = .idle
                    state.lastError = nil
                }
            }
            if summary.written + summary.parked > 0 {
                engine.log("cycle done in \(Int(finished.timeIntervalSince(started) * 1000)) ms: \(summary.written) written, \(summary.parked) parked", process: name)
            }
            return summary
        } catch let failure as SyncFailure where failure.kind == .authentication {
            try environment.commit { scope in
                var connection = try scope.state.connection(engine.connection) ?? ConnectionRecord(id: engine.connection, updatedAt: scope.now)
                connection.needsReauthorization = true
                connection.updatedAt = scope.now
                try scope.save(connection)
                try scope.log(.connection, engine.connection.rawValue, "authentication refused: \(failure.message); processes paused until an admin signs in again", level: .error)
            }
            try update(environment) { state in
                state.state = .needsReauthorization
                state.lastError = failure.message
                state.lastRunAt = engine.clock.now()
                state.nextRunAt = nil
            }
            engine.logError("authentication refused: \(failure.message)", process: name)
            throw failure
        } catch {
            let message = (error as? SyncFailure)?.message ?? String(describing: error)
            let hint = (error as? SyncFailure)?.retryAfter
            try update(environment) { state in
                state.failureStreak += 1
                state.state = (error is SyncFailure) ? .backoff : .error
                state.lastError = message
                state.lastRunAt = engine.clock.now()
                state.nextRunAt = engine.clock.now().addingTimeInterval(
                    min(interval * 4, engine.backoff.delay(attempt: state.failureStreak, hint: hint)))
            }
            try environment.commit { try $0.log(.process, name.rawValue, "cycle failed: \(message)", level: .warning) }
            engine.logError("cycle failed: \(message)", process: name)
            throw error
        }
    }

    /// Read-modify-write of this process's state in one transaction, so counters that the
    /// cycle added are never overwritten.
    private func update(_ environment: ProcessEnvironment, _ change: (inout ProcessStateRecord) -> Void) throws {
        try environment.commit { scope in
            var state = try scope.state.processState(scope.connection, process.name)
                ?? ProcessStateRecord(connectionID: scope.connection, process: process.name, enabled: environment.configuration.schedule(of: process.name).enabled)
            change(&state)
            try scope.save(state)
        }
    }
}

/// Why the engine refused a request.
public enum EngineError: Error, Equatable, CustomStringConvertible {
    case processDisabled(ProcessName)
    case needsReauthorization

    public var description: String {
        switch self {
        case .processDisabled(let name): "\(name.rawValue) is switched off; switch it on with: ovsync process enable \(name.rawValue)"
        case .needsReauthorization: "Visma needs a new sign-in: run ovsync connect visma"
        }
    }
}
