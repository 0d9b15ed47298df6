import Foundation

/// One stock correction of the sandbox warehouse, served by `GET /inventoryAdjustments`.
struct SandboxAdjustment: Sendable {
    let inventoryId: Int
    let articleSystemId: Int
    /// The signed change.
    let numberOfItems: Decimal
    let time: Date
    let comment: String
}
