import Foundation

/// Visma → Ongoing: open Visma sales orders are created in Ongoing and updated until the
/// warehouse starts working on them; orders deleted in Visma before picking are cancelled.
struct OrdersProcess: SyncProcess {
    let name = ProcessName.orders
    /// Minutes between full reconciliations (deleted orders, parked orders retried).
    var reconcileMinutes: Double = 10

    private struct SendIntent: Codable {
        var vismaID: String
        var vismaNumber: Int
        var draft: WarehouseOrderDraft
        var sourceFingerprint: String
        var modifiedAt: Date?
        var isUpdate: Bool
    }

    private struct CancelIntent: Codable {
        var vismaID: String
        var reason: String
    }

    func runCycle(_ environment: ProcessEnvironment) throws -> CycleSummary {
        let outbox = Outbox(environment: environment, process: name)
        var summary = CycleSummary()
        var contacts = ContactCache(accounting: environment.accounting)
        for operation in try outbox.due() {
            switch operation.kind {
            case "cancel_order": try cancel(operation, outbox: outbox, summary: &summary)
            default: try send(operation, outbox: outbox, summary: &summary)
            }
        }
        try retryWaiting(environment: environment, outbox: outbox, contacts: &contacts, summary: &summary)
        let state = try environment.processState(name)
        let reconcile = state.lastFullSweepAt.map { environment.clock.now().timeIntervalSince($0) > reconcileMinutes * 60 } ?? true
        let since = reconcile ? nil : environment.since(state.cursor)
        var seenOpen: Set<String> = []
        var page = 1
        var watermark: Date?
        while true {
            let result = try environment.accounting.orders(modifiedSince: since, status: reconcile ? .ongoing : nil, page: page)
            if page == 1 { watermark = result.serverTime ?? environment.clock.now() }
            for order in result.items {
                if environment.isStopping() { return summary }
                if order.status == .ongoing { seenOpen.insert(order.id) }
                try handle(order, environment: environment, outbox: outbox, contacts: &contacts, summary: &summary)
            }
            guard page < result.totalPages else { break }
            page += 1
        }
        if reconcile {
            try cancelVanished(openInVisma: seenOpen, environment: environment, outbox: outbox, summary: &summary)
        }
        try environment.advanceCursor(name, to: watermark, fullSweep: reconcile)
        return summary
    }

    /// Orders held back because their articles were not in Ongoing yet: read again and retried.
    private func retryWaiting(environment: ProcessEnvironment, outbox: Outbox, contacts: inout ContactCache, summary: inout CycleSummary) throws {
        let waiting = try environment.store.read { try $0.orderLinks(environment.connection, stages: [.new], limit: 10_000) }
            .filter { $0.ongoingOrderID == nil && $0.problem?.hasPrefix(Self.waitingPrefix) == true }
        for link in waiting {
            if environment.isStopping() { return }
            if let order = try environment.accounting.order(id: link.vismaID) {
                try handle(order, force: true, environment: environment, outbox: outbox, contacts: &contacts, summary: &summary)
            } else {
                try environment.commit { scope in
                    var gone = link
                    gone.stage = .cancelled
                    gone.problem = nil
                    try scope.save(gone)
                    try scope.log(.order, link.ongoingOrderNumber, "deleted in Visma before it was sent to Ongoing")
                }
            }
        }
    }

    /// How a problem text starts while an order waits for its articles.
    static let waitingPrefix = "waiting for article"
    /// How long an order may wait for its articles before it is parked.
    static let longestWait: TimeInterval = 30 * 60

    private func handle(_ order: SourceOrder, force: Bool = false, environment: ProcessEnvironment, outbox: Outbox,
                        contacts: inout ContactCache, summary: inout CycleSummary) throws {
        let key = String(order.number)
        let link = try environment.store.read { try $0.orderLink(environment.connection, vismaID: order.id) }
        if !force, let link, let seen = link.vismaModifiedAt, let modified = order.modifiedAt, modified <= seen,
           try link.stage != .parked || !isParked(key, environment: environment) {
            // Seen before; a parked order is looked at again until the admin skips it.
            summary.unchanged += 1
            return
        }
        guard order.status == .ongoing else {
            summary.unchanged += 1
            return
        }
        var comparable = order
        comparable.modifiedAt = nil
        let sourceFingerprint = Fingerprint.of(OrderFingerprint(order: comparable))
        if !force, let link, link.sentFingerprint == sourceFingerprint, link.stage != .parked {
            try remember(order, link: link, environment: environment)
            summary.unchanged += 1
            return
        }
        if let link, [.picking, .changedAfterPicking, .shipped, .reported, .cancelled].contains(link.stage) {
            try recordChangeAfterPicking(order, link: link, environment: environment)
            summary.unchanged += 1
            return
        }
        let isUpdate = link?.stage == .sent
        if isUpdate, let existing = try environment.warehouse.order(number: key),
           existing.isStarted(threshold: environment.configuration.orders.startedStatus) {
            var started = link!
            started.ongoingStatus = existing.status
            started.stage = .picking
            try recordChangeAfterPicking(order, link: started, environment: environment)
            summary.unchanged += 1
            return
        }
        let contact = try order.customerID.flatMap { try contacts.contact(id: $0) }
        let known: ((String) -> Bool)? = environment.configuration.articles.schedule.enabled
            ? { number in (try? environment.store.read { try $0.articleLink(environment.connection, number: number) }) != nil }
            : nil
        switch OrderMapping.map(order, contact: contact, knownArticles: known, now: environment.clock.now()) {
        case .skip(let reason):
            summary.unchanged += 1
            try environment.commit { try $0.log(.order, key, "ignored: \(reason)", level: .debug) }
        case .invalid(let reason):
            summary.parked += 1
            try park(order, link: link, reason: reason, environment: environment)
        case .missingArticles(let numbers):
            let list = numbers.joined(separator: ", ")
            let isWaiting = link?.problem?.hasPrefix(Self.waitingPrefix) == true
            let waitingSince = isWaiting ? link!.createdAt : environment.clock.now()
            guard environment.clock.now().timeIntervalSince(waitingSince) < Self.longestWait else {
                summary.parked += 1
                try park(order, link: link, reason: "article \(list) does not exist in Ongoing (waited \(Int(Self.longestWait / 60)) minutes for it)", environment: environment)
                return
            }
            summary.unchanged += 1
            try environment.commit { scope in
                var waiting = link ?? OrderLinkRecord(connectionID: scope.connection, vismaID: order.id, vismaNumber: order.number,
                                                      ongoingOrderNumber: key, stage: .new, at: scope.now)
                waiting.stage = .new
                waiting.problem = "\(Self.waitingPrefix) \(list) to reach Ongoing"
                waiting.vismaModifiedAt = order.modifiedAt
                try scope.save(waiting)
                if !isWaiting { try scope.log(.order, key, "held back until article \(list) is in Ongoing; the articles process runs now") }
            }
            environment.requestRun(.articles)
        case .send(let draft):
            let operation = try environment.commit { scope in
                var pending = link ?? OrderLinkRecord(connectionID: scope.connection, vismaID: order.id, vismaNumber: order.number,
                                                      ongoingOrderNumber: key, stage: .new, at: scope.now)
                if pending.stage == .parked { pending.stage = pending.ongoingOrderID == nil ? .new : .sent }
                try scope.save(pending)
                try scope.log(.order, key, isUpdate ? "changed in Visma before picking; updating Ongoing" : "new open order in Visma; sending to Ongoing")
                return try outbox.record("upsert_order", key: key, payload: SendIntent(
                    vismaID: order.id, vismaNumber: order.number, draft: draft, sourceFingerprint: sourceFingerprint,
                    modifiedAt: order.modifiedAt, isUpdate: isUpdate), in: scope)
            }
            try send(operation, outbox: outbox, summary: &summary)
        }
    }

    private func park(_ order: SourceOrder, link: OrderLinkRecord?, reason: String, environment: ProcessEnvironment) throws {
        try environment.commit { scope in
            var parked = link ?? OrderLinkRecord(connectionID: scope.connection, vismaID: order.id, vismaNumber: order.number,
                                                 ongoingOrderNumber: String(order.number), stage: .parked, at: scope.now)
            parked.stage = .parked
            parked.problem = reason
            parked.vismaModifiedAt = order.modifiedAt
            try scope.save(parked)
            try scope.park(name, entity: .order, key: String(order.number), reason: reason)
            try ProcessCounters.add(name, failed: 1, in: scope)
        }
    }

    private func isParked(_ key: String, environment: ProcessEnvironment) throws -> Bool {
        try environment.store.read { try $0.parkedItem(environment.connection, process: name, key: key) } != nil
    }

    private func remember(_ order: SourceOrder, link: OrderLinkRecord, environment: ProcessEnvironment) throws {
        try environment.commit { scope in
            var seen = link
            seen.vismaModifiedAt = order.modifiedAt
            try scope.state.save(seen)
        }
    }

    private func recordChangeAfterPicking(_ order: SourceOrder, link: OrderLinkRecord, environment: ProcessEnvironment) throws {
        try environment.commit { scope in
            var changed = link
            changed.vismaModifiedAt = order.modifiedAt
            if [.picking, .sent, .changedAfterPicking].contains(changed.stage) {
                changed.stage = .changedAfterPicking
                changed.problem = "changed in Visma after the warehouse started picking; the change was not sent"
            }
            try scope.save(changed)
            try scope.log(.order, changed.ongoingOrderNumber, "changed in Visma after picking started (stage \(link.stage.rawValue)); not sent to Ongoing", level: .warning)
        }
    }

    private func send(_ operation: PendingOperation, outbox: Outbox, summary: inout CycleSummary) throws {
        let intent = try outbox.payload(SendIntent.self, of: operation)
        let environment = outbox.environment
        var orderID = 0
        try outbox.drive(operation) {
            orderID = try environment.warehouse.upsertOrder(intent.draft)
        } onSuccess: { scope in
            summary.written += 1
            var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID)
                ?? OrderLinkRecord(connectionID: scope.connection, vismaID: intent.vismaID, vismaNumber: intent.vismaNumber,
                                   ongoingOrderNumber: operation.key, stage: .sent, at: scope.now)
            link.stage = .sent
            link.problem = nil
            link.ongoingOrderID = orderID
            link.sentFingerprint = intent.sourceFingerprint
            link.vismaModifiedAt = intent.modifiedAt
            try scope.save(link)
            try scope.state.unpark(scope.connection, process: name, key: operation.key)
            try scope.log(.order, operation.key, "\(intent.isUpdate ? "updated" : "created") in Ongoing (orderId \(orderID), \(intent.draft.lines.count) lines)")
            try ProcessCounters.add(name, synced: 1, in: scope)
        } onRejected: { scope, failure in
            var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID)
                ?? OrderLinkRecord(connectionID: scope.connection, vismaID: intent.vismaID, vismaNumber: intent.vismaNumber,
                                   ongoingOrderNumber: operation.key, stage: .parked, at: scope.now)
            link.vismaModifiedAt = intent.modifiedAt
            if intent.isUpdate {
                link.stage = .changedAfterPicking
                link.problem = "Ongoing refused the update (\(failure.message)); the change was not sent"
                try scope.save(link)
                try scope.log(.order, operation.key, "Ongoing refused the update: \(failure.message)", level: .warning)
            } else {
                summary.parked += 1
                link.stage = .parked
                link.problem = "Ongoing refused the order: \(failure.message)"
                try scope.save(link)
                try scope.park(name, entity: .order, key: operation.key, reason: link.problem!)
                try ProcessCounters.add(name, failed: 1, in: scope)
            }
        }
    }

    /// Orders sent to Ongoing but no longer open in Visma: deleted (or back to draft) → cancel.
    private func cancelVanished(openInVisma: Set<String>, environment: ProcessEnvironment, outbox: Outbox, summary: inout CycleSummary) throws {
        let candidates = try environment.store.read { try $0.orderLinks(environment.connection, stages: [.new, .sent], limit: 100_000) }
        for link in candidates where !openInVisma.contains(link.vismaID) {
            if environment.isStopping() { return }
            let current = try environment.accounting.order(id: link.vismaID)
            let reason: String
            switch current?.status {
            case nil: reason = "deleted in Visma"
            case .draft?: reason = "turned back into a draft in Visma"
            case .ongoing?: continue
            case .shipped?, .invoiced?:
                try environment.commit { try $0.log(.order, link.ongoingOrderNumber, "marked shipped or invoiced in Visma while the warehouse has not shipped it", level: .warning) }
                continue
            }
            let operation = try environment.commit { scope in
                try scope.log(.order, link.ongoingOrderNumber, "\(reason); cancelling in Ongoing")
                return try outbox.record("cancel_order", key: link.ongoingOrderNumber, payload: CancelIntent(vismaID: link.vismaID, reason: reason), in: scope)
            }
            try cancel(operation, outbox: outbox, summary: &summary)
        }
    }

    private func cancel(_ operation: PendingOperation, outbox: Outbox, summary: inout CycleSummary) throws {
        let intent = try outbox.payload(CancelIntent.self, of: operation)
        let environment = outbox.environment
        var startedStatus: Int?
        try outbox.drive(operation) {
            guard let existing = try environment.warehouse.order(number: operation.key) else { return }
            if existing.isStarted(threshold: environment.configuration.orders.startedStatus) {
                startedStatus = existing.status
                return
            }
            try environment.warehouse.cancelOrder(id: existing.orderID)
        } onSuccess: { scope in
            guard var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID) else { return }
            if let startedStatus {
                link.stage = .changedAfterPicking
                link.ongoingStatus = startedStatus
                link.problem = "\(intent.reason) after the warehouse started picking; it was not cancelled"
                try scope.save(link)
                try scope.log(.order, operation.key, link.problem!, level: .warning)
            } else {
                summary.written += 1
                link.stage = .cancelled
                link.problem = nil
                try scope.save(link)
                try scope.log(.order, operation.key, "cancelled in Ongoing (\(intent.reason))")
                try ProcessCounters.add(name, synced: 1, in: scope)
            }
        } onRejected: { scope, failure in
            guard var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID) else { return }
            link.stage = .changedAfterPicking
            link.problem = "\(intent.reason), but Ongoing refused to cancel: \(failure.message)"
            try scope.save(link)
            try scope.log(.order, operation.key, link.problem!, level: .warning)
        }
    }
}

/// The parts of a Visma order that matter to the warehouse, for change detection.
private struct OrderFingerprint: Encodable {
    let order: SourceOrder

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(order.status.rawValue)
        try container.encode([order.delivery.name, order.delivery.address1, order.delivery.address2, order.delivery.postalCode,
                              order.delivery.city, order.delivery.countryCode, order.customerID, order.yourReference, order.ourReference,
                              order.buyersOrderReference, order.deliveryMethodCode, order.deliveryMethodName, order.deliveryTermCode,
                              order.deliveryTermName])
        try container.encode(order.deliveryDate)
        for row in order.rows {
            try container.encode([String(row.lineNumber), row.articleNumber ?? "", row.text ?? "", "\(row.quantity)",
                                  "\(row.isTextRow)", "\(row.isServiceArticle)"])
        }
    }
}

/// Customer contacts read during one cycle, so an order burst costs one read per customer.
struct ContactCache {
    let accounting: any AccountingSystem
    private var contacts: [String: CustomerContact?] = [:]

    init(accounting: any AccountingSystem) {
        self.accounting = accounting
    }

    mutating func contact(id: String) throws -> CustomerContact? {
        if let cached = contacts[id] { return cached }
        let contact = try accounting.customerContact(id: id)
        contacts[id] = contact
        return contact
    }
}
