import Foundation

/// Threads of the sandboxes' own for their request handling.
///
/// Hummingbird handles each connection in a child task of the server's task; giving that task
/// this executor as its preference keeps every handler off Swift's shared cooperative pool
/// (as wide as the machine has cores). A caller that blocks a pool thread on a synchronous
/// client call — a test, the demo — can then never starve the server it is waiting for.
final class SandboxExecutor: TaskExecutor, @unchecked Sendable {
    /// The executor all sandbox servers share.
    static let shared = SandboxExecutor(threads: 4)

    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var jobs: [UnownedJob] = []
    private var next = 0

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "ovsync.sandbox.\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next > 1024, next * 2 > jobs.count {
                // Drop the run part of the queue now and then instead of shifting on every take.
                jobs.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
