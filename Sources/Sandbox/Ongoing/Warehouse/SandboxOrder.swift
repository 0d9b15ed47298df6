import Foundation

/// One order of the sandbox warehouse.
struct SandboxOrder: Sendable {
    let orderId: Int
    let goodsOwnerId: Int
    let orderNumber: String
    var status: Int
    /// Header fields echoed as written, by official key (`referenceNumber`, `wayOfDelivery`, …).
    var header: [String: OngoingJSONValue]
    /// The consignee as written.
    var consignee: OngoingJSONValue
    var transporter: OngoingJSONValue
    var returnTransporter: OngoingJSONValue
    var deliveryDate: Date?
    var lines: [SandboxOrderLine]
    let createdDate: Date
    var updatedAt: Date
    var statusChangedAt: Date
    var lastPickingTime: Date?
    var shippedTime: Date?
    var wayBill: String?
    var parcelIds: [Int] = []

    /// Whether the warehouse has started on it: Ongoing then refuses updates and cancellation.
    var warehouseHasStarted: Bool {
        (status >= OngoingStatusCatalogue.released && status != OngoingStatusCatalogue.cancelled)
            || lines.contains { $0.allocated > 0 || $0.picked > 0 }
    }

    /// What this order holds of each article, by article id.
    var demand: [Int: ArticleDemand] {
        var result: [Int: ArticleDemand] = [:]
        let beforePicked = status < OngoingStatusCatalogue.picked
        let beforeCollected = status < OngoingStatusCatalogue.collected && status != OngoingStatusCatalogue.cancelled
        for line in lines {
            let share = ArticleDemand(
                booked: beforePicked ? max(0, line.ordered - line.picked) : 0,
                allocated: beforePicked ? max(0, line.allocated - line.picked) : 0,
                pickedToBeCollected: beforeCollected ? line.picked : 0,
                pickedToBeReported: max(0, line.picked - (line.reported ?? 0))
            )
            result[line.articleSystemId, default: ArticleDemand()] = result[line.articleSystemId, default: ArticleDemand()] + share
        }
        return result
    }

    /// Whether a line has picked items not yet reported.
    var hasLinesToReport: Bool { lines.contains { $0.picked > ($0.reported ?? 0) } }
}

/// One line of a sandbox order.
struct SandboxOrderLine: Sendable {
    let id: Int
    let rowNumber: String
    let articleSystemId: Int
    var ordered: Decimal
    var allocated: Decimal = 0
    var picked: Decimal = 0
    var reported: Decimal?
    /// Line fields echoed as written (`comment`, `serialNumber`, …).
    var fields: [String: OngoingJSONValue]
    var shouldBePicked: Bool
    var pickedTime: Date?
    var pickedItemId: Int?
}
