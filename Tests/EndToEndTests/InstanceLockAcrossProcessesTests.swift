import Foundation
import SyncEngine
import Testing
import TestSupport

/// One ovsync per home, across processes: the lock is a kernel `flock` on `ovsync.lock`, so
/// any process holding it (here util-linux `flock` in a shell) keeps ovsync out, and the
/// kernel frees it when the holder dies.
@Suite(.enabled(if: LockHolder.isAvailable, "needs flock(1) from util-linux"))
struct InstanceLockAcrossProcessesTests {
    @Test func lockHeldByAnotherProcessFailsNamingItsPidAndTheHome() async throws {
        let home = try TemporaryHome()
        let holder = try await LockHolder.start(on: home)
        let error = try #require(throws: InstanceLockError.self) { try InstanceLock(home: home.home) }
        #expect(error == .held(pid: holder.pid, home: home.path))
        #expect(error.description == "another ovsync (pid \(holder.pid)) is using \(home.path)")
        holder.closeStandardInput()
        #expect(try await holder.waitForExit() == 0)
    }

    @Test func lockIsReleasedWhenTheHolderEnds() async throws {
        let home = try TemporaryHome()
        let holder = try await LockHolder.start(on: home)
        #expect(throws: InstanceLockError.self) { try InstanceLock(home: home.home) }
        holder.closeStandardInput()
        try await holder.waitForExit()
        let lock = try InstanceLock(home: home.home)
        withExtendedLifetime(lock) {}
    }

    @Test func lockIsReleasedWhenTheHolderIsKilled() async throws {
        let home = try TemporaryHome()
        let holder = try await LockHolder.start(on: home)
        holder.send(SIGKILL)
        try await holder.waitForExit()
        let lock = try InstanceLock(home: home.home)
        withExtendedLifetime(lock) {}
    }

    @Test func lockHeldByThisProcessKeepsOthersOutUntilReleased() async throws {
        let home = try TemporaryHome()
        var lock: InstanceLock? = try InstanceLock(home: home.home)
        let arguments = ["--nonblock", "--conflict-exit-code", "75", home.home.lockFile.path, "true"]
        let attempt = try await ProcessRunner.run(LockHolder.flock, arguments: arguments)
        #expect(attempt.exitCode == 75, "\(attempt)")
        withExtendedLifetime(lock) {}
        lock = nil
        let later = try await ProcessRunner.run(LockHolder.flock, arguments: arguments)
        #expect(later.succeeded, "\(later)")
    }

    @Test func statusStillWorksWhileAnotherProcessHoldsTheLock() async throws {
        let home = try TemporaryHome()
        let holder = try await LockHolder.start(on: home)
        let result = try await OvsyncBinary.run(["status", "--json"], home: home)
        #expect(result.succeeded, "\(result)")
        holder.closeStandardInput()
        try await holder.waitForExit()
    }
}

/// A shell that takes the home's lock with flock(1), writes its own pid into the lock file as
/// ovsync does, says "locked" and holds the lock until its stdin closes.
enum LockHolder {
    static let flock = URL(fileURLWithPath: "/usr/bin/flock")

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: flock.path) }

    static func start(on home: TemporaryHome) async throws -> ChildProcess {
        try home.home.create()
        let script = #"exec 9<>"$1" && "$2" --nonblock 9 || exit 3; printf '%s\n' "$$" > "$1"; echo locked; read _ || true"#
        let child = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, "lock-holder", home.home.lockFile.path, flock.path])
        try await child.waitForLine("locked")
        return child
    }
}
