import Foundation
import SyncEngine
import Testing
import TestSupport

/// Opening, migrating and reopening `state.sqlite`.
struct SQLiteStateStoreTests {
    @Test func emptyDatabaseIsMigratedToTheCurrentSchema() throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteStateStore(file: folder.file("state.sqlite"))
        #expect(try store.appliedMigrations() == ["v1: connections, processes, links, outbox, parked items, events"])
    }

    @Test func reopeningAppliesNoMigrationTwice() throws {
        let folder = try TemporaryDirectory()
        let applied = try SQLiteStateStore(file: folder.file("state.sqlite")).appliedMigrations()
        #expect(try SQLiteStateStore(file: folder.file("state.sqlite")).appliedMigrations() == applied)
    }

    @Test func databaseRunsInWALMode() throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteStateStore(file: folder.file("state.sqlite"))
        #expect(try store.journalMode() == "wal")
    }

    @Test func databaseFileIsOwnerOnly() throws {
        let folder = try TemporaryDirectory()
        _ = try SQLiteStateStore(file: folder.file("state.sqlite"))
        #expect(try FilePermissions.mode(of: folder.file("state.sqlite")) == 0o600)
    }

    @Test func reopenedDatabaseKeepsEveryKindOfRecord() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("state.sqlite")
        let connection = StateRecordFixtures.connection()
        var process = ProcessStateRecord(connectionID: .primary, process: .stock)
        process.state = .backoff
        process.cursor = FixedDates.reference(plus: -60)
        process.lastRunAt = FixedDates.reference
        process.nextRunAt = FixedDates.reference(plus: 60)
        process.lastError = "Ongoing answered 503"
        process.synced = 12
        process.failed = 3
        process.lastFullSweepAt = FixedDates.reference(plus: -3600)
        process.failureStreak = 2
        let article = StateRecordFixtures.articleLink()
        var order = StateRecordFixtures.orderLink(stage: .changedAfterPicking)
        order.ongoingOrderID = 50161
        order.problem = "changed after picking started"
        order.sentFingerprint = "abc"
        order.vismaModifiedAt = FixedDates.reference(plus: -5)
        order.ongoingStatus = 320
        let stock = StateRecordFixtures.stockLevel()
        let parked = StateRecordFixtures.parkedItem()
        var operation = StateRecordFixtures.pendingOperation(payload: "{\"quantity\": 3}")
        operation.attempts = 2
        operation.notBefore = FixedDates.reference(plus: 30)
        operation.lastError = "timeout"

        let enqueued = try SQLiteStateStore(file: file).write { state in
            try state.save(connection)
            try state.save(process)
            try state.save(article)
            try state.save(order)
            try state.save(stock)
            try state.park(parked)
            try state.append(StateRecordFixtures.event(message: "sent to Ongoing"))
            return try state.enqueue(operation)
        }

        let reopened = try SQLiteStateStore(file: file)
        try reopened.read { state throws in
            #expect(try state.connection(.primary) == connection)
            #expect(try state.processState(.primary, .stock) == process)
            #expect(try state.articleLink(.primary, number: article.articleNumber) == article)
            #expect(try state.orderLink(.primary, vismaID: order.vismaID) == order)
            #expect(try state.orderLink(.primary, ongoingOrderNumber: order.ongoingOrderNumber) == order)
            #expect(try state.stockLevel(.primary, articleNumber: stock.articleNumber) == stock)
            #expect(try state.parkedItems(.primary) == [parked])
            #expect(try state.pendingOperations(.primary, process: .orders) == [enqueued])
            let events = try state.events(.primary, entity: .order, key: "1042", limit: 10)
            #expect(events.map(\.message) == ["sent to Ongoing"])
            #expect(events.first?.id != nil)
        }
        #expect(enqueued.id != nil)
    }

    @Test func writeThatThrowsLeavesNothingBehind() throws {
        struct Abort: Error {}
        let folder = try TemporaryDirectory()
        let store = try SQLiteStateStore(file: folder.file("state.sqlite"))
        #expect(throws: Abort.self) {
            try store.write { state in
                try state.save(StateRecordFixtures.orderLink())
                try state.enqueue(StateRecordFixtures.pendingOperation())
                throw Abort()
            }
        }
        try store.read { state throws in
            #expect(try state.orderLink(.primary, vismaID: "visma-order-1042") == nil)
            #expect(try state.pendingOperations(.primary, process: .orders).isEmpty)
        }
    }

    @Test func secondStoreOnTheSameFileSeesCommittedWrites() throws {
        let folder = try TemporaryDirectory()
        let writer = try SQLiteStateStore(file: folder.file("state.sqlite"))
        let reader = try SQLiteStateStore(file: folder.file("state.sqlite"))
        try writer.write { try $0.save(StateRecordFixtures.orderLink(number: 7)) }
        #expect(try reader.read { try $0.orderLink(.primary, ongoingOrderNumber: "7") }?.vismaNumber == 7)
    }
}
