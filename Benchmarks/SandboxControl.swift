import Foundation

/// The coordinator's handle on the sandbox child process: sends a command line, reads the answer line.
final class SandboxControl {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()

    /// Starts the child (this executable with `--serve-sandboxes`).
    init() throws {
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["--serve-sandboxes"]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// The child's process id, for CPU accounting.
    var pid: Int32 { process.processIdentifier }

    /// Sends `command` and returns the answer; an answer starting with `error` throws.
    @discardableResult
    func send(_ command: String) throws -> String {
        input.fileHandleForWriting.write(Data((command + "\n").utf8))
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.hasPrefix("error") { throw BenchmarkError("sandbox: \(line)") }
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw BenchmarkError("the sandbox process ended") }
            buffer.append(chunk)
        }
    }

    /// Request counts per endpoint on both sandboxes.
    func counts() throws -> RequestCounts {
        let object = try JSONSerialization.jsonObject(with: Data(try send("counts").utf8)) as? [String: [String: Int]] ?? [:]
        return RequestCounts(visma: object["visma"] ?? [:], ongoing: object["ongoing"] ?? [:])
    }

    /// Stops the child.
    func stop() {
        _ = try? send("quit")
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
    }
}

/// Requests per endpoint seen by the sandboxes.
struct RequestCounts {
    var visma: [String: Int]
    var ongoing: [String: Int]

    var total: Int { visma.values.reduce(0, +) + ongoing.values.reduce(0, +) }

    /// What happened between `earlier` and now.
    func since(_ earlier: RequestCounts) -> RequestCounts {
        RequestCounts(visma: visma.merging(earlier.visma.mapValues { -$0 }, uniquingKeysWith: +).filter { $0.value != 0 },
                      ongoing: ongoing.merging(earlier.ongoing.mapValues { -$0 }, uniquingKeysWith: +).filter { $0.value != 0 })
    }
}

/// A benchmark could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
