import Foundation

/// An article's stock balance: `inventoryInfo` of `GET /articles`.
public struct ArticleInventoryInfo: Codable, Sendable, Equatable {
    /// Physical stock in the warehouse, never negative.
    public var numberOfItems: Decimal?
    /// Ordered but not yet picked.
    public var numberOfBookedItems: Decimal?
    public var numberOfLockedItems: Decimal?
    /// Expected on purchase orders.
    public var toReceiveNumberOfItems: Decimal?
    /// Allocated to orders but not yet picked.
    public var allocatedNumberOfItems: Decimal?
    public var lockedForSaleNumberOfItems: Decimal?
    /// Picked on orders not yet collected by the transporter.
    public var pickedToBeCollectedNumberOfItems: Decimal?
    public var receivedToBeFinishedNumberOfItems: Decimal?
    /// When goods last came in.
    public var lastInDate: Date?
    /// What can still be sold: physical stock less open-order demand; may be negative.
    public var sellableNumberOfItems: Decimal?
    public var totalStockValue: Decimal?
    /// Quantities not yet reported back to the goods owner's system.
    public var reported: Reported?

    /// The `reported` block of ``ArticleInventoryInfo``.
    public struct Reported: Codable, Sendable, Equatable {
        public var pickedToBeReportedNumberOfItems: Decimal?
        public var returnedToBeReportedNumberOfItems: Decimal?
        public var receivedToBeReportedNumberOfItems: Decimal?
    }
}
