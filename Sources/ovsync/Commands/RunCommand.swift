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
        let headless = try HeadlessEngine(home: home)
        let stopped = DispatchSemaphore(value: 0)
        let signals = SignalWatch(signals: [SIGTERM, SIGINT]) { signal in
            FileHandle.standardError.write(Data("ovsync: \(signal == SIGTERM ? "SIGTERM" : "SIGINT") received; finishing the current step\n".utf8))
            stopped.signal()
        }
        headless.engine.start()
        FileHandle.standardError.write(Data("ovsync: engine running on \(headless.workspace.home.displayPath); SIGTERM or Ctrl-C stops it\n".utf8))
        stopped.wait()
        headless.engine.stop()
        headless.close()
        withExtendedLifetime(signals) {}
    }
}
