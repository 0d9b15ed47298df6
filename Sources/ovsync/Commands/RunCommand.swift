import ArgumentParser
import Dispatch
import Foundation
import SyncEngine

/// `ovsync run`: the engine without the dashboard.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the sync engine headless (servers, systemd); logs go to stderr.",
        discussion: "SIGTERM or SIGINT finish the current step and exit 0."
    )

    @OptionGroup var home: HomeOptions

    func run() throws {
        let lock = try home.lock()
        LogDestination.standardError.bootstrap()
        let workspace = try home.openWorkspace()
        let systems: ConnectedSystems
        do {
            systems = try ConnectedSystems(workspace: workspace)
        } catch {
            throw CommandOutput.failure(error)
        }
        let engine = Engine(store: workspace.store, configuration: workspace.configuration,
                            accounting: systems.accounting, warehouse: systems.warehouse)
        let stopped = DispatchSemaphore(value: 0)
        let signals = SignalWatch(signals: [SIGTERM, SIGINT]) { signal in
            FileHandle.standardError.write(Data("ovsync: \(signal == SIGTERM ? "SIGTERM" : "SIGINT") received; finishing the current step\n".utf8))
            stopped.signal()
        }
        engine.start()
        FileHandle.standardError.write(Data("ovsync: engine running on \(workspace.home.displayPath); SIGTERM or Ctrl-C stops it\n".utf8))
        stopped.wait()
        engine.stop()
        systems.shutdown()
        withExtendedLifetime((lock, signals)) {}
    }
}

/// Turns signals into a callback on a private queue instead of killing the process.
final class SignalWatch {
    private let sources: [any DispatchSourceSignal]

    /// Watches `signals`, calling `handler` with the signal number.
    init(signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "ovsync.signals")
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { @Sendable in handler(number) }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Suspends until one of `signals` arrives.
    static func wait(for signals: [Int32]) async {
        let (arrivals, continuation) = AsyncStream<Int32>.makeStream()
        let watch = SignalWatch(signals: signals) { continuation.yield($0) }
        for await _ in arrivals { break }
        withExtendedLifetime(watch) {}
    }
}
