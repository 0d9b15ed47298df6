import Foundation

/// Ongoing WMS as the engine sees it. The production adapter wraps the Ongoing client; unit
/// tests use an in-memory double. Every method blocks and throws ``SyncFailure``.
public protocol Warehouse: Sendable {
    /// The warehouse's own order status list.
    func statuses() throws -> [WarehouseStatus]
    /// Creates or updates an article by article number; returns its `articleSystemId`.
    func upsertArticle(_ article: WarehouseArticle) throws -> Int?
    /// Creates or updates an order by order number; returns its `orderId`.
    func upsertOrder(_ order: WarehouseOrderDraft) throws -> Int
    /// The order with this number, or nil.
    func order(number: String) throws -> WarehouseOrderState?
    /// Orders whose status changed after `since` (all when nil), `max` at a time from `fromOrderID` (inclusive).
    func ordersWithStatusChanges(since: Date?, fromOrderID: Int, max: Int) throws -> [WarehouseOrderState]
    /// Orders at or past `shippedStatus` with picked quantities not yet reported, paged like above.
    func ordersToReport(shippedStatus: Int, fromOrderID: Int, max: Int) throws -> [WarehouseOrderState]
    /// Cancels an order the warehouse has not started on.
    func cancelOrder(id: Int) throws
    /// Marks every line's picked quantity as reported to the ERP.
    func markReported(orderID: Int) throws
    /// Stock of articles whose stock changed after `changedSince`, or of all articles when nil,
    /// `max` at a time from `fromArticleSystemID` (inclusive). A `changedSince` older than
    /// Ongoing allows (24 h) is the caller's mistake: pass nil for a full sweep instead.
    func stock(changedSince: Date?, fromArticleSystemID: Int, max: Int) throws -> [WarehouseStock]
}
