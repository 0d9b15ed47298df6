import Foundation

/// What a finished child process left behind: its exit status and everything it printed.
public struct ProcessResult: Sendable, Equatable {
    /// The exit code, or the signal number when `signalled` is true.
    public let exitCode: Int32
    /// Whether the process was ended by a signal rather than exiting.
    public let signalled: Bool
    /// Whether the process was killed because it outlived its timeout.
    public let timedOut: Bool
    /// Everything written to stdout.
    public let standardOutput: Data
    /// Everything written to stderr.
    public let standardError: Data

    /// Creates a result.
    public init(exitCode: Int32, signalled: Bool, timedOut: Bool, standardOutput: Data, standardError: Data) {
        self.exitCode = exitCode
        self.signalled = signalled
        self.timedOut = timedOut
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// stdout as UTF-8 text.
    public var output: String { String(decoding: standardOutput, as: UTF8.self) }
    /// stderr as UTF-8 text.
    public var errorOutput: String { String(decoding: standardError, as: UTF8.self) }

    /// Whether the process exited on its own with status 0.
    public var succeeded: Bool { !signalled && !timedOut && exitCode == 0 }
}

extension ProcessResult: CustomStringConvertible {
    /// The exit status and both streams, for failure messages.
    public var description: String {
        let status = timedOut ? "timed out" : signalled ? "killed by signal \(exitCode)" : "exit \(exitCode)"
        return "\(status)\n--- stdout ---\n\(output)--- stderr ---\n\(errorOutput)"
    }
}
