import Foundation
import Synchronization

/// Lets at most one write per goods owner be in flight.
///
/// Ongoing processes writes for one goods owner sequentially; parallel writes from several
/// processes (articles and orders) only queue up on the server and time out. Each goods owner
/// gets its own lock, so writes for different goods owners still run side by side.
final class GoodsOwnerWriteGate: Sendable {
    private let locks = Mutex([Int: NSLock]())

    /// Runs `write` while holding the lock of `goodsOwnerId`.
    func serialise<Value>(goodsOwnerId: Int, _ write: () throws -> Value) rethrows -> Value {
        let lock = locks.withLock { locks in
            if let existing = locks[goodsOwnerId] { return existing }
            let created = NSLock()
            locks[goodsOwnerId] = created
            return created
        }
        lock.lock()
        defer { lock.unlock() }
        return try write()
    }
}
