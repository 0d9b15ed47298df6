import SyncEngine

extension DashboardState {
    /// Applies a batch of live engine events; selections stay on the item they were on (or on the
    /// newest, when the admin was watching the top of a list).
    mutating func apply(_ batch: [EngineEvent]) -> [DashboardEffect] {
        let followedOrder = orderList.selected == 0 || orders.count == 0 ? nil : selectedOrder?.vismaID
        var newStock = 0
        var reloadParked = false
        for event in batch {
            switch event {
            case .process(let record):
                processes[record.process] = record
                if pendingToggles[record.process] == record.enabled { pendingToggles[record.process] = nil }
                // A finished cycle may have parked or released items.
                reloadParked = true
            case .order(let order):
                orders.upsert(order)
                if order.stage == .parked { reloadParked = true }
            case .stock(let change):
                stock.append(change)
                newStock += 1
            case .connection(let record):
                connection = record
            case .log(let record):
                events.append(EventLine(record, timeZone: timeZone))
            }
        }
        if let followedOrder, let index = orders.index(ofVismaID: followedOrder) { orderList.selected = index }
        if stockList.selected > 0 { stockList.selected += newStock }
        keepSelectionsVisible()
        return reloadParked ? [.loadParked] : []
    }

    /// The order selected in the Orders pane.
    public var selectedOrder: OrderLinkRecord? {
        orders.count == 0 ? nil : orders[min(orderList.selected, orders.count - 1)]
    }
}
