import Foundation

/// One article of the sandbox warehouse, with its physical stock.
struct SandboxArticle: Sendable {
    let articleSystemId: Int
    let goodsOwnerId: Int
    let articleNumber: String
    /// The descriptive fields as last written, by official key (`articleName`, `barCodeInfo`, …).
    var fields: [String: OngoingJSONValue]
    /// Physical stock; never negative.
    var numberOfItems: Decimal
    /// What open orders hold of it (kept up to date by ``OngoingWarehouse``).
    var demand = ArticleDemand()
    var lastInDate: Date?
    /// Last change of any stock figure, for `stockInfoChangedFrom`.
    var stockChangedAt: Date
    /// Last change of the descriptive fields, for `articleDataLastUpdatedFrom`.
    var dataUpdatedAt: Date

    /// Stock less open-order demand; may be negative.
    var sellableNumberOfItems: Decimal { numberOfItems - demand.booked }

    /// The `articleName` field, for messages.
    var name: String { fields["articleName"]?.text ?? "" }
}
