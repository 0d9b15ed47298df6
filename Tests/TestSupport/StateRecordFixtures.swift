import Foundation
import SyncEngine

/// Small, valid records for state-store tests; every argument has a sensible default.
public enum StateRecordFixtures {
    /// A second connection besides ``ConnectionID/primary``.
    public static let otherConnection = ConnectionID(rawValue: "other")

    /// A connected connection record.
    public static func connection(_ id: ConnectionID = .primary, company: String = "Acme AB", warehouse: String = "demo",
                                  goodsOwnerID: Int = 159, at date: Date = FixedDates.reference) -> ConnectionRecord {
        var record = ConnectionRecord(id: id, updatedAt: date)
        record.vismaCompany = company
        record.vismaConnected = true
        record.ongoingWarehouse = warehouse
        record.ongoingConnected = true
        record.goodsOwnerID = goodsOwnerID
        record.ongoingStatuses = [WarehouseStatus(number: 200, text: "Open"), WarehouseStatus(number: 450, text: "Sent")]
        return record
    }

    /// An order link in `stage`.
    public static func orderLink(_ connection: ConnectionID = .primary, number: Int = 1042, stage: OrderStage = .sent,
                                 at date: Date = FixedDates.reference) -> OrderLinkRecord {
        OrderLinkRecord(connectionID: connection, vismaID: "visma-order-\(number)", vismaNumber: number,
                        ongoingOrderNumber: String(number), stage: stage, at: date)
    }

    /// An article link.
    public static func articleLink(_ connection: ConnectionID = .primary, number: String = "A-100",
                                   at date: Date = FixedDates.reference) -> ArticleLinkRecord {
        ArticleLinkRecord(connectionID: connection, articleNumber: number, vismaID: "visma-article-\(number)",
                          ongoingArticleSystemID: 7001, fingerprint: "fp-\(number)", vismaChangedAt: date, syncedAt: date)
    }

    /// An outbox entry.
    public static func pendingOperation(_ connection: ConnectionID = .primary, process: ProcessName = .orders,
                                        kind: String = "upsert_order", key: String = "1042", payload: String = "{}",
                                        at date: Date = FixedDates.reference) -> PendingOperation {
        PendingOperation(connectionID: connection, process: process, kind: kind, key: key, payload: Data(payload.utf8), createdAt: date)
    }

    /// A parked item.
    public static func parkedItem(_ connection: ConnectionID = .primary, process: ProcessName = .orders, key: String = "1043",
                                  reason: String = "article X-9 does not exist in Ongoing", at date: Date = FixedDates.reference) -> ParkedItem {
        ParkedItem(connectionID: connection, process: process, key: key, reason: reason, parkedAt: date)
    }

    /// An event about one order.
    public static func event(_ connection: ConnectionID = .primary, key: String = "1042", message: String,
                             at date: Date = FixedDates.reference) -> EventRecord {
        EventRecord(connectionID: connection, entity: .order, key: key, at: date, message: message)
    }

    /// A stock level.
    public static func stockLevel(_ connection: ConnectionID = .primary, number: String = "A-100", ongoing: String = "12",
                                  visma: String = "10", at date: Date = FixedDates.reference) -> StockLevelRecord {
        StockLevelRecord(connectionID: connection, articleNumber: number, ongoingQuantity: ongoing, vismaQuantity: visma, updatedAt: date)
    }
}
