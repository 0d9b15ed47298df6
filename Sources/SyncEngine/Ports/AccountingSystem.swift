import Foundation

/// Visma eAccounting as the engine sees it. The production adapter wraps the Visma client;
/// unit tests use an in-memory double. Every method blocks and throws ``SyncFailure``.
public protocol AccountingSystem: Sendable {
    /// The company and whether Visma's own stock module is active.
    func company() throws -> CompanyInfo
    /// One page (1-based) of articles changed after `changedSince` (all when nil).
    func articles(changedSince: Date?, page: Int) throws -> SourcePage<SourceArticle>
    /// One page (1-based) of orders modified after `modifiedSince` (all when nil), optionally of one status.
    func orders(modifiedSince: Date?, status: SourceOrderStatus?, page: Int) throws -> SourcePage<SourceOrder>
    /// One order, or nil when it no longer exists.
    func order(id: String) throws -> SourceOrder?
    /// A customer's contact data, or nil when the customer no longer exists.
    func customerContact(id: String) throws -> CustomerContact?
    /// Sets `DeliveredQuantity` of the rows with these line numbers (absolute, 2 dp) with one
    /// read and one full-replace write; an order already shipped is left alone.
    func writeDeliveredQuantities(orderID: String, quantities: [Int: Decimal]) throws -> DeliveryWrite
    /// Marks an ongoing order shipped (`POST …/completed`).
    func completeOrder(id: String) throws
    /// Creates the backorder for an order's undelivered rest.
    func createBackorder(orderID: String) throws
    /// Sets an article's `StockBalance` (absolute, 2 dp) unless it already has that value.
    func setStockBalance(articleID: String, balance: Decimal) throws -> StockWrite
}

/// What writing delivered quantities did.
public enum DeliveryWrite: Sendable, Equatable {
    /// The quantities were written; the order is still ongoing.
    case written
    /// The order was already shipped (status 3 or 4): nothing was written.
    case alreadyShipped
    /// The order no longer exists in Visma.
    case notFound
}

/// What writing a stock balance did.
public enum StockWrite: Sendable, Equatable {
    /// The balance was changed from `previous`.
    case written(previous: Decimal?)
    /// Visma already had this balance.
    case unchanged
    /// The article no longer exists in Visma.
    case notFound
}
