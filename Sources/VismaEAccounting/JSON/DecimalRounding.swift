import Foundation

extension Decimal {
    /// The value rounded half away from zero to `scale` decimal places, as Visma stores it.
    public func rounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}

/// The number of decimals Visma keeps for each kind of figure we write.
public enum VismaPrecision {
    /// Order row `Quantity`.
    public static let quantity = 4
    /// Order row `DeliveredQuantity`.
    public static let deliveredQuantity = 2
    /// Article `StockBalance`.
    public static let stockBalance = 2
    /// Prices and amounts in the domestic currency.
    public static let price = 2
}
