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
        let due = try outbox.due()
        try cancel(due.filter { $0.kind == "cancel_order" }, outbox: outbox, summary: &summary)
        try send(due.filter { $0.kind != "cancel_order" }, outbox: outbox, summary: &summary)
        var cycle = Cycle(contacts: ContactCache(accounting: environment.accounting),
                          knownArticles: environment.configuration.articles.schedule.enabled
                              ? try environment.store.read { try $0.articleNumbers(environment.connection) } : nil)
        try retryWaiting(environment: environment, outbox: outbox, cycle: &cycle, summary: &summary)
        let state = try environment.processState(name)
        let reconcile = state.lastFullSweepAt.map { environment.clock.now().timeIntervalSince($0) > reconcileMinutes * 60 } ?? true
        let since = reconcile ? nil : environment.since(state.cursor)
        var seenOpen: Set<String> = []
        var page = 1
        var watermark: Date?
        while true {
            let result = try environment.accounting.orders(modifiedSince: since, status: reconcile ? .ongoing : nil, page: page)
            if page == 1 { watermark = result.serverTime ?? environment.clock.now() }
            let links = try environment.store.read { try $0.orderLinks(environment.connection, vismaIDs: result.items.map(\.id)) }
            var sends: [PendingSend] = []
            for order in result.items {
                if environment.isStopping() { return summary }
                if order.status == .ongoing { seenOpen.insert(order.id) }
                if let send = try handle(order, link: links[order.id], environment: environment, cycle: &cycle, summary: &summary) {
                    sends.append(send)
                }
            }
            try send(try record(sends, environment: environment, outbox: outbox), outbox: outbox, summary: &summary)
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
    /// What one cycle reads once and reuses for every order.
    private struct Cycle {
        var contacts: ContactCache
        /// Article numbers known to exist in Ongoing; nil while the articles process is off
        /// (then Ongoing itself judges the article numbers).
        var knownArticles: Set<String>?
    }

    private func retryWaiting(environment: ProcessEnvironment, outbox: Outbox, cycle: inout Cycle, summary: inout CycleSummary) throws {
        let waiting = try environment.store.read { try $0.orderLinks(environment.connection, stages: [.new], limit: 10_000) }
            .filter { $0.ongoingOrderID == nil && $0.problem?.hasPrefix(Self.waitingPrefix) == true }
        for link in waiting {
            if environment.isStopping() { return }
            if let order = try environment.accounting.order(id: link.vismaID) {
                if let send = try handle(order, link: link, force: true, environment: environment, cycle: &cycle, summary: &summary) {
                    try self.send(try record([send], environment: environment, outbox: outbox), outbox: outbox, summary: &summary)
                }
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

    /// Decides what to do with one order; returns what to send to Ongoing, if anything.
    private func handle(_ order: SourceOrder, link: OrderLinkRecord?, force: Bool = false, environment: ProcessEnvironment,
                        cycle: inout Cycle, summary: inout CycleSummary) throws -> PendingSend? {
        let key = String(order.number)
        if !force, let link, let seen = link.vismaModifiedAt, let modified = order.modifiedAt, modified <= seen,
           try link.stage != .parked || !isParked(key, environment: environment) {
            // Seen before; a parked order is looked at again until the admin skips it.
            summary.unchanged += 1
            return nil
        }
        guard order.status == .ongoing else {
            summary.unchanged += 1
            return nil
        }
        let sourceFingerprint = order.warehouseFingerprint
        if !force, let link, link.sentFingerprint == sourceFingerprint, link.stage != .parked {
            try remember(order, link: link, environment: environment)
            summary.unchanged += 1
            return nil
        }
        if let link, [.picking, .changedAfterPicking, .shipped, .reported, .cancelled].contains(link.stage) {
            try recordChangeAfterPicking(order, link: link, environment: environment)
            summary.unchanged += 1
            return nil
        }
        let isUpdate = link?.stage == .sent
        if isUpdate, let existing = try environment.warehouse.order(number: key),
           existing.isStarted(threshold: environment.configuration.orders.startedStatus) {
            var started = link!
            started.ongoingStatus = existing.status
            started.stage = .picking
            try recordChangeAfterPicking(order, link: started, environment: environment)
            summary.unchanged += 1
            return nil
        }
        let contact = try order.customerID.flatMap { try cycle.contacts.contact(id: $0) }
        let known = cycle.knownArticles.map { numbers in { (number: String) in numbers.contains(number) } }
        switch OrderMapping.map(order, contact: contact, knownArticles: known, now: environment.clock.now()) {
        case .skip(let reason):
            summary.unchanged += 1
            try environment.commit { try $0.log(.order, key, "ignored: \(reason)", level: .debug) }
            return nil
        case .invalid(let reason):
            if try park(order, link: link, reason: reason, environment: environment) { summary.parked += 1 }
            return nil
        case .missingArticles(let numbers):
            if link?.stage == .parked, try isParked(key, environment: environment) {
                // Parked after waiting in vain: it stays parked (no new wait) until the article
                // reaches Ongoing, or the admin retries or skips it.
                summary.unchanged += 1
                return nil
            }
            let list = numbers.joined(separator: ", ")
            let isWaiting = link?.problem?.hasPrefix(Self.waitingPrefix) == true
            let waitingSince = isWaiting ? link!.createdAt : environment.clock.now()
            let isParked = try link?.stage == .parked && self.isParked(key, environment: environment)
            guard !isParked, environment.clock.now().timeIntervalSince(waitingSince) < Self.longestWait else {
                if try park(order, link: link, reason: "article \(list) does not exist in Ongoing (waited \(Int(Self.longestWait / 60)) minutes for it)",
                            environment: environment) { summary.parked += 1 }
                return nil
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
            return nil
        case .send(let draft):
            return PendingSend(order: order, link: link, draft: draft, sourceFingerprint: sourceFingerprint, isUpdate: isUpdate)
        }
    }

    /// An order decided to go to Ongoing, before its intent is recorded.
    private struct PendingSend {
        let order: SourceOrder
        let link: OrderLinkRecord?
        let draft: WarehouseOrderDraft
        let sourceFingerprint: String
        let isUpdate: Bool
    }

    /// Records the intents of `sends` (and their links) in one transaction.
    private func record(_ sends: [PendingSend], environment: ProcessEnvironment, outbox: Outbox) throws -> [PendingOperation] {
        guard !sends.isEmpty else { return [] }
        return try environment.commit { scope in
            try sends.map { send in
                let key = String(send.order.number)
                var pending = send.link ?? OrderLinkRecord(connectionID: scope.connection, vismaID: send.order.id, vismaNumber: send.order.number,
                                                           ongoingOrderNumber: key, stage: .new, at: scope.now)
                if pending.stage == .parked { pending.stage = pending.ongoingOrderID == nil ? .new : .sent }
                try scope.save(pending)
                return try outbox.record("upsert_order", key: key, payload: SendIntent(
                    vismaID: send.order.id, vismaNumber: send.order.number, draft: send.draft, sourceFingerprint: send.sourceFingerprint,
                    modifiedAt: send.order.modifiedAt, isUpdate: send.isUpdate), in: scope)
            }
        }
    }

    /// Parks `order` with `reason`; false when it is parked for that very reason already (a
    /// parked order is looked at again every cycle, which must not count it as failing again).
    private func park(_ order: SourceOrder, link: OrderLinkRecord?, reason: String, environment: ProcessEnvironment) throws -> Bool {
        if let link, link.stage == .parked, link.problem == reason, try isParked(String(order.number), environment: environment) {
            return false
        }
        try environment.commit { scope in
            var parked = link ?? OrderLinkRecord(connectionID: scope.connection, vismaID: order.id, vismaNumber: order.number,
                                                 ongoingOrderNumber: String(order.number), stage: .parked, at: scope.now)
            parked.stage = .parked
            parked.problem = reason
            parked.vismaModifiedAt = order.modifiedAt
            try scope.save(parked)
            try scope.park(name, entity: .order, key: String(order.number), reason: reason)
        }
        return true
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

    private func send(_ operations: [PendingOperation], outbox: Outbox, summary: inout CycleSummary) throws {
        let environment = outbox.environment
        try outbox.drive(operations) { operation -> (intent: SendIntent, orderID: Int, startedStatus: Int?) in
            let intent = try outbox.payload(SendIntent.self, of: operation)
            do {
                return (intent, try environment.warehouse.upsertOrder(intent.draft), nil)
            } catch let failure as SyncFailure where failure.kind == .rejected && !intent.isUpdate {
                // A create refused because the order exists and is being picked: an earlier
                // attempt got through before a crash or a lost answer. It is in Ongoing.
                guard let existing = try environment.warehouse.order(number: operation.key),
                      existing.isStarted(threshold: environment.configuration.orders.startedStatus) else { throw failure }
                return (intent, existing.orderID, existing.status)
            }
        } onSuccess: { scope, operation, outcome in
            let (intent, orderID, startedStatus) = outcome
            if let startedStatus {
                var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID)
                    ?? OrderLinkRecord(connectionID: scope.connection, vismaID: intent.vismaID, vismaNumber: intent.vismaNumber,
                                       ongoingOrderNumber: operation.key, stage: .picking, at: scope.now)
                link.stage = .picking
                link.problem = nil
                link.ongoingOrderID = orderID
                link.ongoingStatus = startedStatus
                link.sentFingerprint = intent.sourceFingerprint
                link.vismaModifiedAt = intent.modifiedAt
                try scope.save(link)
                try scope.log(.order, operation.key, "already in Ongoing (orderId \(orderID), status \(startedStatus)) from an earlier attempt; the warehouse is working on it")
                return
            }
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
            try scope.log(.order, operation.key, "\(intent.isUpdate ? "changed in Visma before picking; updated" : "open in Visma; created") in Ongoing (orderId \(orderID), \(intent.draft.lines.count) lines)")
            scope.count(synced: 1)
        } onRejected: { scope, operation, failure in
            let intent = try outbox.payload(SendIntent.self, of: operation)
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
            try cancel([operation], outbox: outbox, summary: &summary)
        }
    }

    private func cancel(_ operations: [PendingOperation], outbox: Outbox, summary: inout CycleSummary) throws {
        let environment = outbox.environment
        try outbox.drive(operations) { operation -> (intent: CancelIntent, startedStatus: Int?) in
            let intent = try outbox.payload(CancelIntent.self, of: operation)
            guard let existing = try environment.warehouse.order(number: operation.key) else { return (intent, nil) }
            if existing.isStarted(threshold: environment.configuration.orders.startedStatus) { return (intent, existing.status) }
            try environment.warehouse.cancelOrder(id: existing.orderID)
            return (intent, nil)
        } onSuccess: { scope, operation, outcome in
            guard var link = try scope.state.orderLink(scope.connection, vismaID: outcome.intent.vismaID) else { return }
            if let startedStatus = outcome.startedStatus {
                link.stage = .changedAfterPicking
                link.ongoingStatus = startedStatus
                link.problem = "\(outcome.intent.reason) after the warehouse started picking; it was not cancelled"
                try scope.save(link)
                try scope.log(.order, operation.key, link.problem!, level: .warning)
            } else {
                summary.written += 1
                link.stage = .cancelled
                link.problem = nil
                try scope.save(link)
                try scope.log(.order, operation.key, "cancelled in Ongoing (\(outcome.intent.reason))")
                scope.count(synced: 1)
            }
        } onRejected: { scope, operation, failure in
            let intent = try outbox.payload(CancelIntent.self, of: operation)
            guard var link = try scope.state.orderLink(scope.connection, vismaID: intent.vismaID) else { return }
            link.stage = .changedAfterPicking
            link.problem = "\(intent.reason), but Ongoing refused to cancel: \(failure.message)"
            try scope.save(link)
            try scope.log(.order, operation.key, link.problem!, level: .warning)
        }
    }
}

extension SourceOrder {
    /// A digest of the parts of the order that matter to the warehouse, for change detection.
    var warehouseFingerprint: String {
        var parts: [String?] = [String(status.rawValue), delivery.name, delivery.address1, delivery.address2, delivery.postalCode,
                                delivery.city, delivery.countryCode, customerID, yourReference, ourReference, buyersOrderReference,
                                deliveryMethodCode, deliveryMethodName, deliveryTermCode, deliveryTermName,
                                deliveryDate.map { String($0.timeIntervalSince1970) }]
        for row in rows {
            parts += [String(row.lineNumber), row.articleNumber, row.text, "\(row.quantity)", "\(row.isTextRow)", "\(row.isServiceArticle)"]
        }
        return Fingerprint.of(parts)
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
