import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with arguments, environment and stdin, capturing stdout,
/// stderr and the exit status; kills it (SIGKILL) when it outlives the timeout.
public enum ProcessRunner {
    /// Runs `executable` and returns what it did. `environment` replaces the inherited one when
    /// given. Blocking work happens on a dedicated thread, never on the Swift concurrency pool.
    public static func run(
        _ executable: URL,
        arguments: [String] = [],
        environment: [String: String]? = nil,
        currentDirectory: URL? = nil,
        standardInput: Data? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> ProcessResult {
        let launch = Launch(executable: executable, arguments: arguments, environment: environment,
                            currentDirectory: currentDirectory, standardInput: standardInput, timeout: timeout)
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try launch.runBlocking() }) }
            thread.start()
        }
    }

    /// Everything needed to start one process; `Sendable` so it can cross to the worker thread.
    private struct Launch: Sendable {
        let executable: URL
        let arguments: [String]
        let environment: [String: String]?
        let currentDirectory: URL?
        let standardInput: Data?
        let timeout: Duration

        func runBlocking() throws -> ProcessResult {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let environment { process.environment = environment }
            if let currentDirectory { process.currentDirectoryURL = currentDirectory }
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors

            let exited = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in exited.signal() }
            try process.run()
            let pid = process.processIdentifier

            let collected = DispatchGroup()
            let stdout = Collected(), stderr = Collected()
            for (pipe, sink) in [(output, stdout), (errors, stderr)] {
                let handle = pipe.fileHandleForReading
                DispatchQueue.global().async(group: collected) { sink.set(handle.readDataToEndOfFile()) }
            }
            let writer = input.fileHandleForWriting
            let data = standardInput ?? Data()
            DispatchQueue.global().async {
                if !data.isEmpty { try? writer.write(contentsOf: data) }
                try? writer.close()
            }

            let timedOut = exited.wait(timeout: .now() + .nanoseconds(timeout.nanoseconds)) == .timedOut
            if timedOut {
                kill(pid, SIGKILL)
                // Foundation may never notice the exit when a grandchild inherited its descriptor.
                _ = exited.wait(timeout: .now() + .seconds(10))
            }
            // A grandchild that kept the pipes open must not hang the test forever.
            _ = collected.wait(timeout: .now() + .seconds(10))
            guard !process.isRunning else {
                return ProcessResult(exitCode: -1, signalled: true, timedOut: true, standardOutput: stdout.value, standardError: stderr.value)
            }
            let signalled = process.terminationReason == .uncaughtSignal
            return ProcessResult(exitCode: process.terminationStatus, signalled: signalled, timedOut: timedOut,
                                 standardOutput: stdout.value, standardError: stderr.value)
        }
    }

    /// One stream's bytes, handed from the reading thread to the waiting one.
    private final class Collected: Sendable {
        private let data = Mutex(Data())
        func set(_ value: Data) { data.withLock { $0 = value } }
        var value: Data { data.withLock { $0 } }
    }
}

extension Duration {
    /// The duration in whole nanoseconds (saturating).
    var nanoseconds: Int {
        let (seconds, attoseconds) = components
        let total = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        return total >= Double(Int.max) ? Int.max : Int(total)
    }
}
