import ArgumentParser
import Foundation

/// How commands talk to the person at the terminal: results on stdout, problems on stderr.
enum CommandOutput {
    /// Writes `text` and a newline to stdout at once (unbuffered, so pipes see it immediately).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `message` to stderr as a warning.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// Writes `message` to stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    /// Reports `error` on stderr and returns the exit code to throw (1).
    static func failure(_ error: any Error, code: Int32 = 1) -> ExitCode {
        self.error(String(describing: error))
        return ExitCode(code)
    }

    /// Reports `message` on stderr and returns exit code 1.
    static func failure(_ message: String) -> ExitCode {
        self.error(message)
        return ExitCode(1)
    }
}
