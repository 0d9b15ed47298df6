import Foundation
import SyncEngine

/// The live order queue, most recently changed first, kept sorted as orders arrive.
///
/// An update moves one key (a binary search and one array move) instead of re-sorting, so a
/// queue of 10,000 orders costs a frame nothing: rendering reads only the visible window.
public struct OrderQueue: Sendable {
    private var records: [String: OrderLinkRecord] = [:]
    /// Visma ids in display order.
    private var keys: [String] = []

    /// Creates an empty queue.
    public init() {}

    /// Orders in the queue.
    public var count: Int { keys.count }

    /// The order at display position `index`.
    public subscript(index: Int) -> OrderLinkRecord { records[keys[index]]! }

    /// The order with Visma id `vismaID`, if queued.
    public func order(vismaID: String) -> OrderLinkRecord? { records[vismaID] }

    /// Orders still on their way (not written back, not cancelled).
    public private(set) var openCount = 0
    /// Orders with a problem an admin should look at.
    public private(set) var problemCount = 0

    /// Adds or replaces an order, moving it to its place by last change.
    public mutating func upsert(_ order: OrderLinkRecord) {
        if let old = records[order.vismaID] {
            keys.remove(at: position(of: old))
            count(old, sign: -1)
        }
        records[order.vismaID] = order
        keys.insert(order.vismaID, at: insertionPoint(for: order))
        count(order, sign: 1)
    }

    /// The display position of the order with Visma id `vismaID`.
    public func index(ofVismaID vismaID: String) -> Int? {
        records[vismaID].map(position(of:))
    }

    private mutating func count(_ order: OrderLinkRecord, sign: Int) {
        if ![.reported, .cancelled].contains(order.stage) { openCount += sign }
        if order.problem != nil { problemCount += sign }
    }

    /// Whether `a` is listed before `b`: later change first, then higher order number, then id.
    private static func precedes(_ a: OrderLinkRecord, _ b: OrderLinkRecord) -> Bool {
        if a.updatedAt != b.updatedAt { return a.updatedAt > b.updatedAt }
        if a.vismaNumber != b.vismaNumber { return a.vismaNumber > b.vismaNumber }
        return a.vismaID > b.vismaID
    }

    private func insertionPoint(for order: OrderLinkRecord) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(records[keys[middle]]!, order) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func position(of order: OrderLinkRecord) -> Int {
        let index = insertionPoint(for: order)
        // The stored record itself is found at its insertion point (nothing precedes it and equals it).
        return index < keys.count && keys[index] == order.vismaID ? index : keys.firstIndex(of: order.vismaID)!
    }
}
