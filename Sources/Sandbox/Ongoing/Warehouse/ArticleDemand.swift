import Foundation

/// How much of one article the orders hold: the figures of `inventoryInfo` that derive from
/// orders rather than from the shelf.
struct ArticleDemand: Sendable, Equatable {
    /// Ordered but not yet picked, on orders before "Picked".
    var booked: Decimal = 0
    /// Allocated but not yet picked.
    var allocated: Decimal = 0
    /// Picked on orders not yet collected.
    var pickedToBeCollected: Decimal = 0
    /// Picked but not yet reported back.
    var pickedToBeReported: Decimal = 0

    static func + (lhs: ArticleDemand, rhs: ArticleDemand) -> ArticleDemand {
        ArticleDemand(booked: lhs.booked + rhs.booked, allocated: lhs.allocated + rhs.allocated,
                      pickedToBeCollected: lhs.pickedToBeCollected + rhs.pickedToBeCollected,
                      pickedToBeReported: lhs.pickedToBeReported + rhs.pickedToBeReported)
    }

    static prefix func - (demand: ArticleDemand) -> ArticleDemand {
        ArticleDemand(booked: -demand.booked, allocated: -demand.allocated,
                      pickedToBeCollected: -demand.pickedToBeCollected, pickedToBeReported: -demand.pickedToBeReported)
    }
}
