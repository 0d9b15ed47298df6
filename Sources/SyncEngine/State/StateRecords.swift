import Foundation

/// What ovsync knows about one connection: who is on each side and whether it can work.
public struct ConnectionRecord: Sendable, Equatable, Codable {
    public var id: ConnectionID
    /// The Visma company name, once signed in.
    public var vismaCompany: String?
    /// Whether Visma sign-in completed and tokens are stored.
    public var vismaConnected = false
    /// Visma rejected our tokens: an admin must sign in again.
    public var needsReauthorization = false
    /// Visma's own stock module is active, so stock balances cannot be written.
    public var stockModuleActive = false
    /// The Ongoing system (warehouse) name.
    public var ongoingWarehouse: String?
    /// Whether the Ongoing credentials and goods owner were verified.
    public var ongoingConnected = false
    /// The Ongoing goods owner.
    public var goodsOwnerID: Int?
    /// The warehouse's own order status list, read at connect time.
    public var ongoingStatuses: [WarehouseStatus] = []
    public var updatedAt: Date

    /// A connection nobody has connected yet.
    public init(id: ConnectionID, updatedAt: Date = Date()) {
        self.id = id
        self.updatedAt = updatedAt
    }
}

/// One entry of a warehouse's order status list.
public struct WarehouseStatus: Sendable, Equatable, Codable {
    public var number: Int
    public var text: String
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// How a process is doing, as `status --json` reports it.
public enum ProcessRunState: String, Sendable, Codable, CaseIterable {
    case idle, running, backoff, disabled
    case needsReauthorization = "needs_reauthorization"
    case unavailable, error
}

/// The persistent state of one process of one connection.
public struct ProcessStateRecord: Sendable, Equatable, Codable {
    public var connectionID: ConnectionID
    public var process: ProcessName
    public var enabled = true
    public var state = ProcessRunState.idle
    /// The modified-since watermark (UTC), advanced only after a page was durably processed.
    public var cursor: Date?
    public var lastRunAt: Date?
    public var nextRunAt: Date?
    public var lastError: String?
    /// Items written successfully, ever.
    public var synced = 0
    /// Failed attempts, ever.
    public var failed = 0
    /// The last periodic full reconciliation.
    public var lastFullSweepAt: Date?
    /// Consecutive failed cycles, for backoff.
    public var failureStreak = 0

    /// The state of a process that has never run.
    public init(connectionID: ConnectionID, process: ProcessName, enabled: Bool = true) {
        self.connectionID = connectionID
        self.process = process
        self.enabled = enabled
        self.state = enabled ? .idle : .disabled
    }
}

/// A Visma article and what was last sent for it to Ongoing.
public struct ArticleLinkRecord: Sendable, Equatable, Codable {
    public var connectionID: ConnectionID
    public var articleNumber: String
    public var vismaID: String
    public var ongoingArticleSystemID: Int?
    /// A digest of the fields last sent, so unchanged articles are not sent again.
    public var fingerprint: String
    /// The Visma `ChangedUtc` of the version last handled.
    public var vismaChangedAt: Date?
    public var syncedAt: Date

    public init(connectionID: ConnectionID, articleNumber: String, vismaID: String, ongoingArticleSystemID: Int? = nil,
                fingerprint: String, vismaChangedAt: Date?, syncedAt: Date) {
        self.connectionID = connectionID
        self.articleNumber = articleNumber
        self.vismaID = vismaID
        self.ongoingArticleSystemID = ongoingArticleSystemID
        self.fingerprint = fingerprint
        self.vismaChangedAt = vismaChangedAt
        self.syncedAt = syncedAt
    }
}

/// Where an order is on its way Visma → Ongoing → picking → shipped → written back.
public enum OrderStage: String, Sendable, Codable, CaseIterable {
    case new, sent, picking
    case changedAfterPicking = "changed_after_picking"
    case shipped, reported, cancelled, parked
}

/// A Visma order, its Ongoing twin and how far it has come.
public struct OrderLinkRecord: Sendable, Equatable, Codable {
    public var connectionID: ConnectionID
    public var vismaID: String
    public var vismaNumber: Int
    public var ongoingOrderNumber: String
    public var ongoingOrderID: Int?
    public var stage: OrderStage
    /// What is wrong, in words an admin understands, or nil.
    public var problem: String?
    /// A digest of the order as last sent to Ongoing.
    public var sentFingerprint: String?
    /// The Visma `ModifiedUtc` of the version last handled.
    public var vismaModifiedAt: Date?
    /// The Ongoing status number last seen.
    public var ongoingStatus: Int?
    public var createdAt: Date
    public var updatedAt: Date

    public init(connectionID: ConnectionID, vismaID: String, vismaNumber: Int, ongoingOrderNumber: String, stage: OrderStage, at date: Date) {
        self.connectionID = connectionID
        self.vismaID = vismaID
        self.vismaNumber = vismaNumber
        self.ongoingOrderNumber = ongoingOrderNumber
        self.stage = stage
        self.createdAt = date
        self.updatedAt = date
    }
}

/// A remote write that has been decided but not yet confirmed (the outbox). Recorded in the
/// same transaction as the state change that caused it; re-driven after a crash.
public struct PendingOperation: Sendable, Equatable, Codable {
    public var id: Int64?
    public var connectionID: ConnectionID
    public var process: ProcessName
    /// What to do, e.g. `upsert_order`, `write_delivered`.
    public var kind: String
    /// The business key the write is keyed on (order number, article number).
    public var key: String
    /// Everything needed to redo the write, as JSON.
    public var payload: Data
    public var createdAt: Date
    public var attempts = 0
    /// Do not try again before this time (backoff).
    public var notBefore: Date?
    public var lastError: String?

    public init(connectionID: ConnectionID, process: ProcessName, kind: String, key: String, payload: Data, createdAt: Date) {
        self.connectionID = connectionID
        self.process = process
        self.kind = kind
        self.key = key
        self.payload = payload
        self.createdAt = createdAt
    }
}

/// An item a process could not handle for a reason only a person can fix.
public struct ParkedItem: Sendable, Equatable, Codable {
    public var connectionID: ConnectionID
    public var process: ProcessName
    public var key: String
    /// Why, in words an admin understands.
    public var reason: String
    public var attempts: Int
    public var parkedAt: Date

    public init(connectionID: ConnectionID, process: ProcessName, key: String, reason: String, attempts: Int = 1, parkedAt: Date) {
        self.connectionID = connectionID
        self.process = process
        self.key = key
        self.reason = reason
        self.attempts = attempts
        self.parkedAt = parkedAt
    }
}

/// Which kind of thing an event is about.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case article, order, stock, process, connection
}

/// One line of an entity's history: what was read, sent, received or skipped, and why.
public struct EventRecord: Sendable, Equatable, Codable {
    public var id: Int64?
    public var connectionID: ConnectionID
    public var entity: EntityKind
    public var key: String
    public var at: Date
    public var level: EventLevel
    public var message: String

    public init(connectionID: ConnectionID, entity: EntityKind, key: String, at: Date, level: EventLevel = .info, message: String) {
        self.connectionID = connectionID
        self.entity = entity
        self.key = key
        self.at = at
        self.level = level
        self.message = message
    }
}

/// How much an event matters.
public enum EventLevel: String, Sendable, Codable, CaseIterable {
    case debug, info, warning, error
}

/// The last known stock figures of one article on both sides.
public struct StockLevelRecord: Sendable, Equatable, Codable {
    public var connectionID: ConnectionID
    public var articleNumber: String
    /// The Ongoing figure last read, as a decimal string.
    public var ongoingQuantity: String?
    /// The Visma balance last read or written, as a decimal string.
    public var vismaQuantity: String?
    public var updatedAt: Date

    public init(connectionID: ConnectionID, articleNumber: String, ongoingQuantity: String?, vismaQuantity: String?, updatedAt: Date) {
        self.connectionID = connectionID
        self.articleNumber = articleNumber
        self.ongoingQuantity = ongoingQuantity
        self.vismaQuantity = vismaQuantity
        self.updatedAt = updatedAt
    }
}
