import Foundation
import GRDB

/// The ``StateStore`` on SQLite through GRDB, in WAL mode so the dashboard and `status` can
/// read while the engine writes.
public final class SQLiteStateStore: StateStore {
    private let pool: DatabasePool

    /// Opens (creating and migrating as needed) the database at `file`.
    public init(file: URL) throws {
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL with NORMAL survives a killed process (kill -9) without losing a commit; only
            // a power cut may lose the last transactions, which the outbox then re-drives.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabasePool(path: file.path, configuration: configuration)
        try StateSchema.migrator.migrate(pool)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }

    /// The applied migration identifiers, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { try StateSchema.migrator.appliedMigrations($0) }
    }

    /// The journal mode SQLite reports (`wal`).
    public func journalMode() throws -> String {
        try pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }

    public func read<T>(_ body: (any StateReading) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            try pool.read { db in try body(SQLiteStateAccess(db: db)) }
        }
    }

    public func write<T>(_ body: (any StateWriting) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            try pool.write { db in try body(SQLiteStateAccess(db: db)) }
        }
    }
}

/// Snake-case column mapping for every record stored in SQLite (`goodsOwnerID` ↔
/// `goods_owner_id`). Public only because Swift requires the witnesses of GRDB's public
/// protocols to be public.
public protocol StoredRecord: Codable, FetchableRecord, PersistableRecord {}
extension StoredRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in ColumnName.property(column) }
    }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy {
        .custom { key in ColumnName.column(key.stringValue) }
    }
}

/// Converts between Swift property names and snake-case column names; `ID` is one word.
enum ColumnName {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func property(_ column: String) -> any CodingKey {
        let words = column.split(separator: "_")
        let rest = words.dropFirst().map { $0 == "id" ? "ID" : $0.prefix(1).uppercased() + $0.dropFirst() }
        return Key(stringValue: String(words.first ?? "") + rest.joined())
    }

    static func column(_ property: String) -> String {
        var column = ""
        for character in property.replacingOccurrences(of: "ID", with: "Id") {
            if character.isUppercase {
                column += "_" + character.lowercased()
            } else {
                column.append(character)
            }
        }
        return column
    }
}

extension ConnectionRecord: StoredRecord { public static let databaseTableName = "connection" }
extension ProcessStateRecord: StoredRecord { public static let databaseTableName = "process_state" }
extension ArticleLinkRecord: StoredRecord { public static let databaseTableName = "article_link" }
extension OrderLinkRecord: StoredRecord { public static let databaseTableName = "order_link" }
extension PendingOperation: StoredRecord {
    public static let databaseTableName = "pending_operation"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
extension ParkedItem: StoredRecord { public static let databaseTableName = "parked_item" }
extension EventRecord: StoredRecord {
    public static let databaseTableName = "event"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
extension StockLevelRecord: StoredRecord { public static let databaseTableName = "stock_level" }

/// Reads and writes through one GRDB connection, inside the transaction GRDB opened.
private struct SQLiteStateAccess: StateWriting {
    let db: Database

    func connection(_ id: ConnectionID) throws -> ConnectionRecord? {
        try ConnectionRecord.fetchOne(db, key: id.rawValue)
    }

    func processState(_ connection: ConnectionID, _ process: ProcessName) throws -> ProcessStateRecord? {
        try ProcessStateRecord.fetchOne(db, key: ["connection_id": connection.rawValue, "process": process.rawValue])
    }

    func processStates(_ connection: ConnectionID) throws -> [ProcessStateRecord] {
        try ProcessStateRecord.filter(Column("connection_id") == connection.rawValue).fetchAll(db).sorted { $0.process < $1.process }
    }

    func articleLink(_ connection: ConnectionID, number: String) throws -> ArticleLinkRecord? {
        try ArticleLinkRecord.fetchOne(db, key: ["connection_id": connection.rawValue, "article_number": number])
    }

    func articleLinks(_ connection: ConnectionID, numbers: [String]) throws -> [String: ArticleLinkRecord] {
        let links = try ArticleLinkRecord
            .filter(Column("connection_id") == connection.rawValue && numbers.contains(Column("article_number")))
            .fetchAll(db)
        return Dictionary(links.map { ($0.articleNumber, $0) }, uniquingKeysWith: { $1 })
    }

    func articleNumbers(_ connection: ConnectionID) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT article_number FROM article_link WHERE connection_id = ?", arguments: [connection.rawValue]))
    }

    func articleLinkCount(_ connection: ConnectionID) throws -> Int {
        try ArticleLinkRecord.filter(Column("connection_id") == connection.rawValue).fetchCount(db)
    }

    func orderLink(_ connection: ConnectionID, vismaID: String) throws -> OrderLinkRecord? {
        try OrderLinkRecord.fetchOne(db, key: ["connection_id": connection.rawValue, "visma_id": vismaID])
    }

    func orderLink(_ connection: ConnectionID, ongoingOrderNumber: String) throws -> OrderLinkRecord? {
        try OrderLinkRecord
            .filter(Column("connection_id") == connection.rawValue && Column("ongoing_order_number") == ongoingOrderNumber)
            .fetchOne(db)
    }

    func orderLinks(_ connection: ConnectionID, vismaIDs: [String]) throws -> [String: OrderLinkRecord] {
        let links = try OrderLinkRecord
            .filter(Column("connection_id") == connection.rawValue && vismaIDs.contains(Column("visma_id")))
            .fetchAll(db)
        return Dictionary(links.map { ($0.vismaID, $0) }, uniquingKeysWith: { $1 })
    }

    func orderLinks(_ connection: ConnectionID, ongoingOrderNumbers: [String]) throws -> [String: OrderLinkRecord] {
        let links = try OrderLinkRecord
            .filter(Column("connection_id") == connection.rawValue && ongoingOrderNumbers.contains(Column("ongoing_order_number")))
            .fetchAll(db)
        return Dictionary(links.map { ($0.ongoingOrderNumber, $0) }, uniquingKeysWith: { $1 })
    }

    func orderLinks(_ connection: ConnectionID, stages: [OrderStage]?, limit: Int) throws -> [OrderLinkRecord] {
        var request = OrderLinkRecord.filter(Column("connection_id") == connection.rawValue)
        if let stages { request = request.filter(stages.map(\.rawValue).contains(Column("stage"))) }
        return try request.order(Column("updated_at").desc, Column("visma_number").desc).limit(limit).fetchAll(db)
    }

    func pendingOperations(_ connection: ConnectionID, process: ProcessName) throws -> [PendingOperation] {
        try PendingOperation
            .filter(Column("connection_id") == connection.rawValue && Column("process") == process.rawValue)
            .order(Column("id"))
            .fetchAll(db)
    }

    func parkedItems(_ connection: ConnectionID) throws -> [ParkedItem] {
        try ParkedItem.filter(Column("connection_id") == connection.rawValue).order(Column("parked_at").desc).fetchAll(db)
    }

    func parkedItem(_ connection: ConnectionID, process: ProcessName, key: String) throws -> ParkedItem? {
        try ParkedItem.fetchOne(db, key: ["connection_id": connection.rawValue, "process": process.rawValue, "key": key])
    }

    func events(_ connection: ConnectionID, entity: EntityKind?, key: String?, limit: Int) throws -> [EventRecord] {
        var request = EventRecord.filter(Column("connection_id") == connection.rawValue)
        if let entity { request = request.filter(Column("entity") == entity.rawValue) }
        if let key { request = request.filter(Column("key") == key) }
        return try request.order(Column("id").desc).limit(limit).fetchAll(db)
    }

    func stockLevels(_ connection: ConnectionID, articleNumbers: [String]) throws -> [String: StockLevelRecord] {
        let levels = try StockLevelRecord
            .filter(Column("connection_id") == connection.rawValue && articleNumbers.contains(Column("article_number")))
            .fetchAll(db)
        return Dictionary(levels.map { ($0.articleNumber, $0) }, uniquingKeysWith: { $1 })
    }

    func stockLevel(_ connection: ConnectionID, articleNumber: String) throws -> StockLevelRecord? {
        try StockLevelRecord.fetchOne(db, key: ["connection_id": connection.rawValue, "article_number": articleNumber])
    }

    func save(_ record: ConnectionRecord) throws { try record.save(db) }
    func save(_ record: ProcessStateRecord) throws { try record.save(db) }
    func save(_ record: ArticleLinkRecord) throws { try record.save(db) }
    func save(_ record: OrderLinkRecord) throws { try record.save(db) }
    func save(_ record: StockLevelRecord) throws { try record.save(db) }

    func enqueue(_ operation: PendingOperation) throws -> PendingOperation {
        try PendingOperation
            .filter(Column("connection_id") == operation.connectionID.rawValue && Column("kind") == operation.kind && Column("key") == operation.key)
            .deleteAll(db)
        var inserted = operation
        inserted.id = nil
        try inserted.insert(db)
        // The non-mutating `insert` of `PersistableRecord` calls `didInsert` on a copy.
        inserted.id = db.lastInsertedRowID
        return inserted
    }

    func update(_ operation: PendingOperation) throws { try operation.update(db) }

    func completeOperation(id: Int64) throws {
        _ = try PendingOperation.deleteOne(db, key: id)
    }

    func park(_ item: ParkedItem) throws {
        var parked = item
        if let existing = try parkedItem(item.connectionID, process: item.process, key: item.key) {
            parked.attempts = existing.attempts + 1
        }
        try parked.save(db)
    }

    func unpark(_ connection: ConnectionID, process: ProcessName, key: String) throws {
        _ = try ParkedItem.deleteOne(db, key: ["connection_id": connection.rawValue, "process": process.rawValue, "key": key])
    }

    func append(_ event: EventRecord) throws {
        var inserted = event
        try inserted.insert(db)
    }
}
