import Foundation
import SyncEngine
import Testing
import TestSupport

/// One ovsync per home.
struct InstanceLockTests {
    @Test func secondLockOnTheSameHomeFailsNamingPidAndHome() throws {
        let home = try TemporaryHome()
        let first = try InstanceLock(home: home.home)
        let error = try #require(throws: InstanceLockError.self) { try InstanceLock(home: home.home) }
        #expect(error == .held(pid: getpid(), home: home.path))
        #expect(error.description == "another ovsync (pid \(getpid())) is using \(home.path)")
        withExtendedLifetime(first) {}
    }

    @Test func lockFileHoldsTheHoldersPid() throws {
        let home = try TemporaryHome()
        let lock = try InstanceLock(home: home.home)
        let text = try String(contentsOf: home.home.lockFile, encoding: .utf8)
        #expect(text == "\(getpid())\n")
        withExtendedLifetime(lock) {}
    }

    @Test func lockIsFreeAgainWhenTheHolderIsGone() throws {
        let home = try TemporaryHome()
        var first: InstanceLock? = try InstanceLock(home: home.home)
        #expect(first != nil)
        first = nil
        let second = try InstanceLock(home: home.home)
        withExtendedLifetime(second) {}
    }

    @Test func locksOnDifferentHomesDoNotConflict() throws {
        let one = try TemporaryHome(), two = try TemporaryHome()
        let first = try InstanceLock(home: one.home)
        let second = try InstanceLock(home: two.home)
        withExtendedLifetime((first, second)) {}
    }

    @Test func takingTheLockCreatesTheHomeOwnerOnly() throws {
        let home = try TemporaryHome()
        try FileManager.default.removeItem(at: home.directory.url)
        let lock = try InstanceLock(home: home.home)
        #expect(try FilePermissions.mode(of: home.directory.url) == 0o700)
        #expect(try FilePermissions.mode(of: home.home.lockFile) == 0o600)
        withExtendedLifetime(lock) {}
    }

    @Test func heldLockWithoutReadablePidStillNamesTheHome() {
        #expect(InstanceLockError.held(pid: nil, home: "/srv/ovsync").description == "another ovsync is using /srv/ovsync")
    }
}
