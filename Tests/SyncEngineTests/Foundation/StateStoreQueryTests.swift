import Foundation
import SyncEngine
import Testing
import TestSupport

/// What the state store's queries promise: rows are kept apart per connection, the outbox
/// keeps one intent per kind and key, parking counts attempts, histories come newest first.
struct StateStoreQueryTests {
    private let other = StateRecordFixtures.otherConnection

    @Test func twoConnectionsNeverSeeEachOthersRows() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.save(StateRecordFixtures.connection(.primary, company: "Acme AB"))
            try state.save(StateRecordFixtures.connection(other, company: "Other Oy"))
            try state.save(ProcessStateRecord(connectionID: .primary, process: .orders))
            try state.save(StateRecordFixtures.articleLink(.primary, number: "A-1"))
            try state.save(StateRecordFixtures.articleLink(.primary, number: "A-2"))
            try state.save(StateRecordFixtures.articleLink(other, number: "A-1"))
            // The same Visma order id and Ongoing number in both connections.
            try state.save(StateRecordFixtures.orderLink(.primary, number: 1042, stage: .sent))
            try state.save(StateRecordFixtures.orderLink(other, number: 1042, stage: .shipped))
            try state.save(StateRecordFixtures.stockLevel(.primary, number: "A-1"))
            try state.enqueue(StateRecordFixtures.pendingOperation(.primary, key: "1042"))
            try state.park(StateRecordFixtures.parkedItem(.primary, key: "1043"))
            try state.append(StateRecordFixtures.event(.primary, message: "primary event"))
            try state.append(StateRecordFixtures.event(other, message: "other event"))
        }
        try database.store.read { state throws in
            #expect(try state.connection(other)?.vismaCompany == "Other Oy")
            #expect(try state.processStates(.primary).map(\.process) == [.orders])
            #expect(try state.processStates(other).isEmpty)
            #expect(try state.articleLinkCount(.primary) == 2)
            #expect(try state.articleLinkCount(other) == 1)
            #expect(try state.orderLink(.primary, vismaID: "visma-order-1042")?.stage == .sent)
            #expect(try state.orderLink(other, vismaID: "visma-order-1042")?.stage == .shipped)
            #expect(try state.orderLink(other, ongoingOrderNumber: "1042")?.stage == .shipped)
            #expect(try state.orderLinks(other, stages: nil, limit: 10).map(\.connectionID) == [other])
            #expect(try state.stockLevel(other, articleNumber: "A-1") == nil)
            #expect(try state.pendingOperations(other, process: .orders).isEmpty)
            #expect(try state.parkedItems(other).isEmpty)
            #expect(try state.parkedItem(other, process: .orders, key: "1043") == nil)
            #expect(try state.events(.primary, entity: nil, key: nil, limit: 10).map(\.message) == ["primary event"])
            #expect(try state.events(other, entity: nil, key: nil, limit: 10).map(\.message) == ["other event"])
        }
    }

    @Test func enqueueReplacesAnIntentWithTheSameKindAndKey() throws {
        let database = try TemporaryStateStore()
        let operations = try database.store.write { state in
            try state.enqueue(StateRecordFixtures.pendingOperation(kind: "upsert_order", key: "1042", payload: "{\"v\":1}"))
            try state.enqueue(StateRecordFixtures.pendingOperation(kind: "upsert_order", key: "1043", payload: "{\"v\":1}"))
            try state.enqueue(StateRecordFixtures.pendingOperation(kind: "cancel_order", key: "1042", payload: "{}"))
            try state.enqueue(StateRecordFixtures.pendingOperation(kind: "upsert_order", key: "1042", payload: "{\"v\":2}"))
            try state.enqueue(StateRecordFixtures.pendingOperation(other, kind: "upsert_order", key: "1042", payload: "{\"v\":9}"))
            return try state.pendingOperations(.primary, process: .orders)
        }
        let summary = operations.map { "\($0.kind) \($0.key) \(String(decoding: $0.payload, as: UTF8.self))" }
        #expect(summary == ["upsert_order 1043 {\"v\":1}", "cancel_order 1042 {}", "upsert_order 1042 {\"v\":2}"])
        #expect(try database.store.read { try $0.pendingOperations(other, process: .orders) }.count == 1)
    }

    @Test func pendingOperationsComeOldestFirstPerProcess() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.enqueue(StateRecordFixtures.pendingOperation(process: .shipments, kind: "write_delivered", key: "1"))
            try state.enqueue(StateRecordFixtures.pendingOperation(process: .orders, kind: "upsert_order", key: "2"))
            try state.enqueue(StateRecordFixtures.pendingOperation(process: .shipments, kind: "write_delivered", key: "3"))
        }
        #expect(try database.store.read { try $0.pendingOperations(.primary, process: .shipments) }.map(\.key) == ["1", "3"])
    }

    @Test func completedOperationIsGoneAndUpdatedOneKeepsItsChanges() throws {
        let database = try TemporaryStateStore()
        let (first, second) = try database.store.write { state in
            (try state.enqueue(StateRecordFixtures.pendingOperation(key: "1")), try state.enqueue(StateRecordFixtures.pendingOperation(key: "2")))
        }
        var retried = second
        retried.attempts = 1
        retried.lastError = "503"
        retried.notBefore = FixedDates.reference(plus: 10)
        try database.store.write { state in
            try state.completeOperation(id: try #require(first.id))
            try state.update(retried)
        }
        #expect(try database.store.read { try $0.pendingOperations(.primary, process: .orders) } == [retried])
    }

    @Test func parkingTheSameItemAgainCountsAttemptsAndKeepsTheNewReason() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.park(StateRecordFixtures.parkedItem(key: "1043", reason: "article X-9 does not exist in Ongoing"))
            try state.park(StateRecordFixtures.parkedItem(key: "1043", reason: "article X-9 still does not exist"))
            try state.park(StateRecordFixtures.parkedItem(key: "1043", reason: "article X-9 still does not exist"))
            try state.park(StateRecordFixtures.parkedItem(key: "1044"))
        }
        let item = try #require(try database.store.read { try $0.parkedItem(.primary, process: .orders, key: "1043") })
        #expect(item.attempts == 3)
        #expect(item.reason == "article X-9 still does not exist")
        #expect(try database.store.read { try $0.parkedItem(.primary, process: .orders, key: "1044") }?.attempts == 1)
    }

    @Test func unparkedItemIsGone() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.park(StateRecordFixtures.parkedItem(key: "1043"))
            try state.unpark(.primary, process: .orders, key: "1043")
        }
        #expect(try database.store.read { try $0.parkedItems(.primary) }.isEmpty)
    }

    @Test func parkedItemsComeMostRecentlyParkedFirst() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.park(StateRecordFixtures.parkedItem(key: "old", at: FixedDates.reference))
            try state.park(StateRecordFixtures.parkedItem(key: "new", at: FixedDates.reference(plus: 60)))
        }
        #expect(try database.store.read { try $0.parkedItems(.primary) }.map(\.key) == ["new", "old"])
    }

    @Test func eventsComeNewestFirstFilteredByEntityAndKey() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.append(StateRecordFixtures.event(key: "1042", message: "read from Visma"))
            try state.append(StateRecordFixtures.event(key: "1043", message: "other order"))
            try state.append(EventRecord(connectionID: .primary, entity: .article, key: "1042", at: FixedDates.reference, message: "article"))
            try state.append(StateRecordFixtures.event(key: "1042", message: "sent to Ongoing"))
            try state.append(StateRecordFixtures.event(key: "1042", message: "Ongoing answered 200"))
        }
        try database.store.read { state throws in
            #expect(try state.events(.primary, entity: .order, key: "1042", limit: 10).map(\.message)
                == ["Ongoing answered 200", "sent to Ongoing", "read from Visma"])
            #expect(try state.events(.primary, entity: .order, key: "1042", limit: 2).map(\.message)
                == ["Ongoing answered 200", "sent to Ongoing"])
            #expect(try state.events(.primary, entity: nil, key: nil, limit: 10).count == 5)
            #expect(try state.events(.primary, entity: .article, key: nil, limit: 10).map(\.message) == ["article"])
        }
    }

    @Test func orderLinksFilterByStageMostRecentlyUpdatedFirst() throws {
        let database = try TemporaryStateStore()
        try database.store.write { state in
            try state.save(StateRecordFixtures.orderLink(number: 1, stage: .sent, at: FixedDates.reference))
            try state.save(StateRecordFixtures.orderLink(number: 2, stage: .picking, at: FixedDates.reference(plus: 10)))
            try state.save(StateRecordFixtures.orderLink(number: 3, stage: .sent, at: FixedDates.reference(plus: 20)))
            try state.save(StateRecordFixtures.orderLink(number: 4, stage: .reported, at: FixedDates.reference(plus: 30)))
        }
        try database.store.read { state throws in
            #expect(try state.orderLinks(.primary, stages: nil, limit: 10).map(\.vismaNumber) == [4, 3, 2, 1])
            #expect(try state.orderLinks(.primary, stages: [.sent, .picking], limit: 10).map(\.vismaNumber) == [3, 2, 1])
            #expect(try state.orderLinks(.primary, stages: [.sent], limit: 1).map(\.vismaNumber) == [3])
        }
    }

    @Test func savingAgainUpdatesInPlace() throws {
        let database = try TemporaryStateStore()
        var order = StateRecordFixtures.orderLink(number: 1042, stage: .sent)
        try database.store.write { try $0.save(order) }
        order.stage = .picking
        order.updatedAt = FixedDates.reference(plus: 60)
        try database.store.write { try $0.save(order) }
        #expect(try database.store.read { try $0.orderLinks(.primary, stages: nil, limit: 10) } == [order])
    }
}
