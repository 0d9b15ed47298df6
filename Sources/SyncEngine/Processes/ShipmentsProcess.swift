import Foundation

/// Ongoing → Visma: when the warehouse has shipped an order, the picked quantity per row is
/// written to the Visma order's `DeliveredQuantity`, the order is marked shipped, and the
/// Ongoing lines are marked reported. Also follows each sent order's Ongoing status.
struct ShipmentsProcess: SyncProcess {
    let name = ProcessName.shipments
    /// Minutes between reconciliations that list every shipped order with unreported lines.
    var reconcileMinutes: Double = 10
    /// Orders per Ongoing list request.
    var pageSize = 500

    /// The steps of a write-back, in order.
    enum Step {
        case deliver, complete, backorder, report
    }

    struct WriteBack: Codable {
        var vismaID: String
        var orderID: Int
        var quantities: [Int: Decimal]
        var short: Bool
    }

    func runCycle(_ environment: ProcessEnvironment) throws -> CycleSummary {
        let outbox = Outbox(environment: environment, process: name)
        var summary = CycleSummary()
        try writeBack(try outbox.due(), outbox: outbox, summary: &summary)
        let state = try environment.processState(name)
        let reconcile = state.lastFullSweepAt.map { environment.clock.now().timeIntervalSince($0) > reconcileMinutes * 60 } ?? true
        let since = environment.since(state.cursor)
        let startedAt = environment.clock.now()
        var fromOrderID = 0
        while true {
            let orders = reconcile
                ? try environment.warehouse.ordersToReport(shippedStatus: environment.configuration.shipments.shippedStatus, fromOrderID: fromOrderID, max: pageSize)
                : try environment.warehouse.ordersWithStatusChanges(since: since, fromOrderID: fromOrderID, max: pageSize)
            if environment.isStopping() { return summary }
            try follow(orders, environment: environment, outbox: outbox, summary: &summary)
            guard orders.count >= pageSize, let last = orders.map(\.orderID).max() else { break }
            fromOrderID = last + 1
        }
        try environment.advanceCursor(name, to: reconcile && state.cursor != nil ? nil : startedAt, fullSweep: reconcile)
        return summary
    }

    /// Follows one page of Ongoing orders: stage changes and write-back intents in one
    /// transaction, then the write-backs.
    private func follow(_ orders: [WarehouseOrderState], environment: ProcessEnvironment, outbox: Outbox, summary: inout CycleSummary) throws {
        let links = try environment.store.read { try $0.orderLinks(environment.connection, ongoingOrderNumbers: orders.map(\.orderNumber)) }
        let settings = environment.configuration
        let operations = try environment.commit { scope -> [PendingOperation] in
            var operations: [PendingOperation] = []
            for order in orders {
                guard let link = links[order.orderNumber] else { continue }
                if order.isShipped(threshold: settings.shipments.shippedStatus) {
                    guard ![.shipped, .reported, .cancelled].contains(link.stage) else { continue }
                    operations.append(try recordShipment(order, link: link, outbox: outbox, in: scope))
                } else if order.isStarted(threshold: settings.orders.startedStatus), [.new, .sent].contains(link.stage) {
                    var picking = link
                    picking.stage = .picking
                    picking.ongoingStatus = order.status
                    try scope.save(picking)
                    try scope.log(.order, link.ongoingOrderNumber, "the warehouse started working on it (status \(order.status)); no more updates are sent")
                } else if link.ongoingStatus != order.status {
                    var moved = link
                    moved.ongoingStatus = order.status
                    try scope.save(moved)
                }
            }
            return operations
        }
        try writeBack(operations, outbox: outbox, summary: &summary)
    }

    /// Marks the order shipped and records the write-back intent: the picked quantity per row.
    private func recordShipment(_ order: WarehouseOrderState, link: OrderLinkRecord, outbox: Outbox, in scope: TransactionScope) throws -> PendingOperation {
        var quantities: [Int: Decimal] = [:]
        var unmatched: [String] = []
        for line in order.lines {
            guard let lineNumber = Int(line.rowNumber) else { unmatched.append(line.rowNumber); continue }
            quantities[lineNumber, default: 0] += line.picked.rounded(scale: 2)
        }
        let short = order.lines.contains { $0.picked < $0.ordered }
        var shipped = link
        shipped.stage = .shipped
        shipped.ongoingStatus = order.status
        shipped.ongoingOrderID = order.orderID
        shipped.problem = short ? "short-shipped: fewer items picked than ordered" : nil
        try scope.save(shipped)
        let picked = order.lines.map { "row \($0.rowNumber): \($0.picked.rounded(scale: 2)) of \($0.ordered)" }.joined(separator: ", ")
        try scope.log(.order, link.ongoingOrderNumber, "shipped by the warehouse (status \(order.status)); picked \(picked)")
        if !unmatched.isEmpty {
            try scope.log(.order, link.ongoingOrderNumber, "warehouse lines \(unmatched.joined(separator: ", ")) match no Visma row; not written back", level: .warning)
        }
        return try outbox.record("write_back", key: link.ongoingOrderNumber,
                                 payload: WriteBack(vismaID: link.vismaID, orderID: order.orderID, quantities: quantities, short: short),
                                 in: scope)
    }

    /// Performs the write-backs. The steps run in order and each is safe to repeat: delivered
    /// quantities are absolute, an order Visma already has as shipped is neither written nor
    /// completed again, and marking lines reported is idempotent. So after a crash the whole
    /// write-back is simply performed again.
    private func writeBack(_ operations: [PendingOperation], outbox: Outbox, summary: inout CycleSummary) throws {
        let environment = outbox.environment
        let backorders = environment.configuration.shipments.backorderOnShortShipment
        try outbox.drive(operations) { operation -> (WriteBack, [String]) in
            let intent = try outbox.payload(WriteBack.self, of: operation)
            var notes: [String] = []
            var step = Step.deliver
            while true {
                switch step {
                case .deliver:
                    switch try environment.accounting.writeDeliveredQuantities(orderID: intent.vismaID, quantities: intent.quantities) {
                    case .written:
                        notes.append("delivered quantities written to Visma")
                        step = .complete
                    case .alreadyShipped:
                        notes.append("Visma already had the order as shipped")
                        step = intent.short && backorders ? .backorder : .report
                    case .notFound:
                        throw SyncFailure(.rejected, "the order no longer exists in Visma")
                    }
                case .complete:
                    try environment.accounting.completeOrder(id: intent.vismaID)
                    notes.append("marked shipped in Visma")
                    step = intent.short && backorders ? .backorder : .report
                case .backorder:
                    do {
                        try environment.accounting.createBackorder(orderID: intent.vismaID)
                        notes.append("backorder created in Visma for the undelivered rest")
                    } catch let failure as SyncFailure where failure.kind == .rejected {
                        notes.append("no backorder: \(failure.message)")
                    }
                    step = .report
                case .report:
                    try environment.warehouse.markReported(orderID: intent.orderID)
                    notes.append("lines marked reported in Ongoing")
                    return (intent, notes)
                }
            }
        } onSuccess: { scope, operation, outcome in
            let (intent, notes) = outcome
            summary.written += 1
            guard var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID) else { return }
            link.stage = .reported
            try scope.save(link)
            try scope.state.unpark(scope.connection, process: name, key: operation.key)
            try scope.log(.order, operation.key, notes.joined(separator: "; "))
            scope.count(synced: 1)
        } onRejected: { scope, operation, failure in
            summary.parked += 1
            let intent = try outbox.payload(WriteBack.self, of: operation)
            if var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID) {
                link.problem = "write-back failed: \(failure.message)"
                try scope.save(link)
            }
            try scope.park(name, entity: .order, key: operation.key, reason: "write-back to Visma failed: \(failure.message)")
        }
    }
}
