import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A program left running beside the test: its stdout is read line by line so the test can
/// await a line (a readiness signal) instead of sleeping; stdin stays open until closed.
/// The process is killed when the last reference goes away.
public final class ChildProcess: @unchecked Sendable {
    // `Process` is not `Sendable`; it is only touched under `lock` or through its
    // thread-safe members (pid, `waitUntilExit`, `terminationStatus` after exit).
    private let process: Process
    private let input: FileHandle
    private let state = Mutex(State())
    private let exited = DispatchSemaphore(value: 0)

    private struct State {
        var lines: [String] = []
        var partial = Data()
        var ended = false
        var waiters: [UUID: Waiter] = [:]
        /// Waits whose timeout fired before they were registered.
        var expired: Set<UUID> = []
        var inputClosed = false
    }

    private struct Waiter {
        let matches: @Sendable (String) -> Bool
        let continuation: CheckedContinuation<String, any Error>
    }

    /// Starts `executable`; `environment` replaces the inherited one when given.
    public init(_ executable: URL, arguments: [String] = [], environment: [String: String]? = nil) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let inputPipe = Pipe(), outputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = FileHandle.nullDevice
        input = inputPipe.fileHandleForWriting
        let exited = exited
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        let reader = outputPipe.fileHandleForReading
        let thread = Thread { [weak self] in
            while true {
                let chunk = reader.availableData
                guard let self else { return }
                self.receive(chunk)
                if chunk.isEmpty { return }
            }
        }
        thread.start()
    }

    /// The child's process id.
    public var pid: Int32 { process.processIdentifier }

    /// Every complete line the child has printed so far.
    public var lines: [String] { state.withLock { $0.lines } }

    /// Waits until the child prints a line for which `matches` is true (earlier lines count
    /// too) and returns it; throws when stdout ends or `timeout` passes first.
    @discardableResult
    public func waitForLine(timeout: Duration = .seconds(30), where matches: @escaping @Sendable (String) -> Bool) async throws -> String {
        let id = UUID()
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            self?.fail(id, ChildProcessError.timedOut(waitingFor: timeout, lines: self?.lines ?? []))
        }
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            state.withLock { state in
                if let line = state.lines.first(where: matches) { continuation.resume(returning: line); return }
                if state.ended { continuation.resume(throwing: ChildProcessError.outputEnded(lines: state.lines)); return }
                if state.expired.remove(id) != nil {
                    continuation.resume(throwing: ChildProcessError.timedOut(waitingFor: timeout, lines: state.lines))
                    return
                }
                state.waiters[id] = Waiter(matches: matches, continuation: continuation)
            }
        }
    }

    /// Waits for a line equal to `expected` (surrounding whitespace ignored).
    @discardableResult
    public func waitForLine(_ expected: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitForLine(timeout: timeout) { $0.trimmingCharacters(in: .whitespaces) == expected }
    }

    /// Closes the child's stdin (it reads end of file).
    public func closeStandardInput() {
        let shouldClose = state.withLock { state in
            defer { state.inputClosed = true }
            return !state.inputClosed
        }
        if shouldClose { try? input.close() }
    }

    /// Sends `signal` to the child.
    public func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits until the child has exited and returns its exit code (or signal number);
    /// throws when `timeout` passes first.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let exited = exited
        let process = process
        let finished: Bool = await withCheckedContinuation { continuation in
            Thread {
                let result = exited.wait(timeout: .now() + .nanoseconds(timeout.nanoseconds)) == .success
                if result { exited.signal() }   // later waiters must see the exit too
                continuation.resume(returning: result)
            }.start()
        }
        guard finished else { throw ChildProcessError.stillRunning(pid: pid, after: timeout) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func receive(_ chunk: Data) {
        var ready: [(CheckedContinuation<String, any Error>, Result<String, any Error>)] = []
        state.withLock { state in
            if chunk.isEmpty {
                if !state.partial.isEmpty { state.lines.append(String(decoding: state.partial, as: UTF8.self)) }
                state.partial = Data()
                state.ended = true
            } else {
                state.partial.append(chunk)
                while let newline = state.partial.firstIndex(of: UInt8(ascii: "\n")) {
                    state.lines.append(String(decoding: state.partial[state.partial.startIndex..<newline], as: UTF8.self))
                    state.partial = Data(state.partial[state.partial.index(after: newline)...])
                }
            }
            for (id, waiter) in state.waiters {
                if let line = state.lines.first(where: waiter.matches) {
                    ready.append((waiter.continuation, .success(line)))
                    state.waiters[id] = nil
                } else if state.ended {
                    ready.append((waiter.continuation, .failure(ChildProcessError.outputEnded(lines: state.lines))))
                    state.waiters[id] = nil
                }
            }
        }
        for (continuation, result) in ready { continuation.resume(with: result) }
    }

    private func fail(_ id: UUID, _ error: ChildProcessError) {
        let waiter = state.withLock { state in
            guard let waiter = state.waiters.removeValue(forKey: id) else {
                state.expired.insert(id)
                return Waiter?.none
            }
            return waiter
        }
        waiter?.continuation.resume(throwing: error)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.close()
    }
}

/// A wait on a ``ChildProcess`` did not end as hoped.
public enum ChildProcessError: Error, CustomStringConvertible {
    /// The awaited line did not come in time.
    case timedOut(waitingFor: Duration, lines: [String])
    /// stdout closed before the awaited line came.
    case outputEnded(lines: [String])
    /// The child did not exit in time.
    case stillRunning(pid: Int32, after: Duration)

    public var description: String {
        switch self {
        case .timedOut(let timeout, let lines): "no matching line within \(timeout); output so far: \(lines)"
        case .outputEnded(let lines): "the child's output ended without a matching line; output: \(lines)"
        case .stillRunning(let pid, let timeout): "pid \(pid) still running after \(timeout)"
        }
    }
}
