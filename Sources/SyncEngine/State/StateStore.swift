import Foundation

/// The engine's durable memory, behind a protocol so a PostgreSQL store can later serve a
/// multi-machine deployment. Every query is keyed by connection.
///
/// All reads and writes go through ``read(_:)`` and ``write(_:)``; a write body runs in one
/// transaction, so an intent (``PendingOperation``) and the state change that caused it are
/// committed together or not at all.
public protocol StateStore: Sendable {
    /// Runs `body` against a consistent snapshot.
    func read<T>(_ body: (any StateReading) throws -> T) throws -> T
    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    func write<T>(_ body: (any StateWriting) throws -> T) throws -> T
}

/// Queries on the state.
public protocol StateReading {
    func connection(_ id: ConnectionID) throws -> ConnectionRecord?
    func processState(_ connection: ConnectionID, _ process: ProcessName) throws -> ProcessStateRecord?
    func processStates(_ connection: ConnectionID) throws -> [ProcessStateRecord]
    func articleLink(_ connection: ConnectionID, number: String) throws -> ArticleLinkRecord?
    /// The links of these article numbers (those that exist), by number.
    func articleLinks(_ connection: ConnectionID, numbers: [String]) throws -> [String: ArticleLinkRecord]
    /// Every linked article number.
    func articleNumbers(_ connection: ConnectionID) throws -> Set<String>
    func articleLinkCount(_ connection: ConnectionID) throws -> Int
    func orderLink(_ connection: ConnectionID, vismaID: String) throws -> OrderLinkRecord?
    func orderLink(_ connection: ConnectionID, ongoingOrderNumber: String) throws -> OrderLinkRecord?
    /// The links of these Visma order ids (those that exist), by Visma id.
    func orderLinks(_ connection: ConnectionID, vismaIDs: [String]) throws -> [String: OrderLinkRecord]
    /// The links of these Ongoing order numbers (those that exist), by order number.
    func orderLinks(_ connection: ConnectionID, ongoingOrderNumbers: [String]) throws -> [String: OrderLinkRecord]
    /// Order links in the given stages (all when nil), most recently updated first.
    func orderLinks(_ connection: ConnectionID, stages: [OrderStage]?, limit: Int) throws -> [OrderLinkRecord]
    /// Pending operations of `process`, oldest first.
    func pendingOperations(_ connection: ConnectionID, process: ProcessName) throws -> [PendingOperation]
    func parkedItems(_ connection: ConnectionID) throws -> [ParkedItem]
    func parkedItem(_ connection: ConnectionID, process: ProcessName, key: String) throws -> ParkedItem?
    /// The history of one entity (all entities when `entity` is nil), newest first.
    func events(_ connection: ConnectionID, entity: EntityKind?, key: String?, limit: Int) throws -> [EventRecord]
    func stockLevel(_ connection: ConnectionID, articleNumber: String) throws -> StockLevelRecord?
    /// The stock levels of these article numbers (those that exist), by number.
    func stockLevels(_ connection: ConnectionID, articleNumbers: [String]) throws -> [String: StockLevelRecord]
}

/// Changes to the state; only available inside ``StateStore/write(_:)``.
public protocol StateWriting: StateReading {
    func save(_ record: ConnectionRecord) throws
    func save(_ record: ProcessStateRecord) throws
    func save(_ record: ArticleLinkRecord) throws
    func save(_ record: OrderLinkRecord) throws
    func save(_ record: StockLevelRecord) throws
    /// Records an intent; an intent with the same kind and key replaces the older one.
    @discardableResult func enqueue(_ operation: PendingOperation) throws -> PendingOperation
    func update(_ operation: PendingOperation) throws
    func completeOperation(id: Int64) throws
    /// Parks an item, counting attempts when it was parked before.
    func park(_ item: ParkedItem) throws
    func unpark(_ connection: ConnectionID, process: ProcessName, key: String) throws
    func append(_ event: EventRecord) throws
}
