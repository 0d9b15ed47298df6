/// `OrderApi.Status`.
public enum VismaOrderStatus: Int, Sendable, Equatable, CaseIterable {
    /// Not released; never sent to the warehouse.
    case draft = 1
    /// Open: to be shipped.
    case ongoing = 2
    /// Shipped (completed).
    case shipped = 3
    /// Converted to an invoice.
    case invoiced = 4
}
