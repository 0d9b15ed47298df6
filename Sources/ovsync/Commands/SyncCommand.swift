import ArgumentParser
import SyncEngine

/// `ovsync sync NAME --once`: one cycle of one process.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Run one cycle of one process now; the exit code is not 0 when it fails.",
        discussion: "Refuses a process that is switched off."
    )

    @OptionGroup var home: HomeOptions
    @Argument(help: "articles, orders, shipments or stock") var name: ProcessName
    @Flag(help: "Run exactly one cycle (required).") var once = false

    func validate() throws {
        guard once else { throw ValidationError("add --once: sync runs exactly one cycle") }
    }

    func run() throws {
        let headless = try HeadlessEngine(home: home)
        defer { headless.close() }
        do {
            let summary = try headless.engine.runOnce(name)
            if let reason = summary.unavailable {
                CommandOutput.say("\(name.rawValue): unavailable — \(reason)")
                throw ExitCode(1)
            }
            CommandOutput.say("\(name.rawValue): \(summary.written) written, \(summary.parked) parked, \(summary.unchanged) unchanged")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandOutput.failure(error)
        }
    }
}
