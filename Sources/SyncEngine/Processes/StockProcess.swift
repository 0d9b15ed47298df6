import Foundation

/// Ongoing → Visma: changed stock balances (delta polling plus a periodic full sweep) are
/// written to the Visma article's `StockBalance` as absolute values — only where Visma differs.
/// When Visma's own stock module is active the process reports itself unavailable.
struct StockProcess: SyncProcess {
    let name = ProcessName.stock
    /// Articles per Ongoing list request.
    var pageSize = 1000
    /// Ongoing refuses `stockInfoChangedFrom` older than 24 h; stay clear of the edge.
    var deltaLimit: TimeInterval = 23 * 3600

    private struct Intent: Codable {
        var vismaID: String
        var balance: Decimal
        var lastWritten: Decimal?
    }

    func runCycle(_ environment: ProcessEnvironment) throws -> CycleSummary {
        var summary = CycleSummary()
        let state = try environment.processState(name)
        let now = environment.clock.now()
        let sweepDue = state.lastFullSweepAt.map { now.timeIntervalSince($0) > Double(environment.configuration.stock.fullSweepHours) * 3600 } ?? true
        let deltaPossible = state.cursor.map { now.timeIntervalSince($0) + environment.overlap < deltaLimit } ?? false
        let fullSweep = sweepDue || !deltaPossible

        if fullSweep || state.state == .unavailable {
            let company = try environment.accounting.company()
            try environment.commit { scope in
                var connection = try scope.state.connection(scope.connection) ?? ConnectionRecord(id: scope.connection, updatedAt: scope.now)
                if connection.stockModuleActive != company.stockModuleActive || connection.vismaCompany != company.name {
                    connection.stockModuleActive = company.stockModuleActive
                    connection.vismaCompany = company.name
                    connection.updatedAt = scope.now
                    try scope.save(connection)
                }
            }
            if company.stockModuleActive {
                summary.unavailable = "Visma's stock module is active for \(company.name): Visma keeps its own stock balances, so ovsync cannot write them"
                return summary
            }
        }

        let outbox = Outbox(environment: environment, process: name)
        try write(try outbox.due(), outbox: outbox, summary: &summary)

        var vismaArticles: [String: (id: String, balance: Decimal?)] = [:]
        if fullSweep {
            var page = 1
            while true {
                let result = try environment.accounting.articles(changedSince: nil, page: page)
                for article in result.items { vismaArticles[article.number] = (article.id, article.stockBalance) }
                guard page < result.totalPages else { break }
                page += 1
            }
        }

        let since = fullSweep ? nil : environment.since(state.cursor)
        var fromID = 0
        while true {
            let stock = try environment.warehouse.stock(changedSince: since, fromArticleSystemID: fromID, max: pageSize)
            if environment.isStopping() { return summary }
            try handle(stock, visma: fullSweep ? vismaArticles : nil, environment: environment, outbox: outbox, summary: &summary)
            guard stock.count >= pageSize, let last = stock.map(\.articleSystemID).max() else { break }
            fromID = last + 1
        }
        try environment.advanceCursor(name, to: now, fullSweep: fullSweep)
        return summary
    }

    /// Decides for one page of Ongoing stock, records the intents in one transaction, then
    /// writes them. `visma` holds Visma's current balances during a full sweep.
    private func handle(_ stock: [WarehouseStock], visma: [String: (id: String, balance: Decimal?)]?, environment: ProcessEnvironment,
                        outbox: Outbox, summary: inout CycleSummary) throws {
        let numbers = stock.map(\.articleNumber)
        let (levels, links) = try environment.store.read { state in
            (try state.stockLevels(environment.connection, articleNumbers: numbers), try state.articleLinks(environment.connection, numbers: numbers))
        }
        let figure = environment.configuration.stock.figure
        let operations = try environment.commit { scope -> [PendingOperation] in
            var operations: [PendingOperation] = []
            for item in stock {
                let key = item.articleNumber
                let target = item.quantity(figure).rounded(scale: 2)
                let level = levels[key]
                let lastWritten = level?.vismaQuantity.flatMap { Decimal(string: $0) }
                let listed = visma?[key]
                let known = listed.map { $0.balance?.rounded(scale: 2) } ?? lastWritten
                guard let vismaID = listed?.id ?? links[key]?.vismaID else {
                    summary.unchanged += 1
                    continue
                }
                if known == target {
                    summary.unchanged += 1
                    if level?.ongoingQuantity != "\(target)" || level?.vismaQuantity != "\(target)" {
                        try scope.state.save(StockLevelRecord(connectionID: scope.connection, articleNumber: key, ongoingQuantity: "\(target)",
                                                              vismaQuantity: "\(target)", updatedAt: scope.now))
                    }
                    continue
                }
                operations.append(try outbox.record("write_stock", key: key, payload: Intent(vismaID: vismaID, balance: target, lastWritten: lastWritten), in: scope))
            }
            return operations
        }
        try write(operations, outbox: outbox, summary: &summary)
    }

    private func write(_ operations: [PendingOperation], outbox: Outbox, summary: inout CycleSummary) throws {
        try outbox.drive(operations) { operation in
            let intent = try outbox.payload(Intent.self, of: operation)
            return (intent, try outbox.environment.accounting.setStockBalance(articleID: intent.vismaID, balance: intent.balance))
        } onSuccess: { scope, operation, outcome in
            let (intent, result) = outcome
            let key = operation.key
            switch result {
            case .notFound:
                try scope.log(.stock, key, "the article no longer exists in Visma; stock not written", level: .warning)
                return
            case .unchanged:
                summary.unchanged += 1
            case .written(let previous):
                summary.written += 1
                let mismatch = intent.lastWritten != nil && previous.map { $0.rounded(scale: 2) } != intent.lastWritten
                let change = StockChange(articleNumber: key, previous: previous, current: intent.balance, mismatch: mismatch, at: scope.now)
                scope.announce(change)
                let delta = change.delta.map { $0 >= 0 ? " (+\($0))" : " (\($0))" } ?? ""
                try scope.log(.stock, key, "stock balance \(previous.map { "\($0)" } ?? "unknown") → \(intent.balance)\(delta) written to Visma"
                              + (mismatch ? "; Visma had been changed by someone else since ovsync last wrote \(intent.lastWritten!)" : ""),
                              level: mismatch ? .warning : .info)
                scope.count(synced: 1)
            }
            try scope.state.save(StockLevelRecord(connectionID: scope.connection, articleNumber: key, ongoingQuantity: "\(intent.balance)",
                                                  vismaQuantity: "\(intent.balance)", updatedAt: scope.now))
        } onRejected: { scope, operation, failure in
            summary.parked += 1
            try scope.park(name, entity: .stock, key: operation.key, reason: "Visma refused the stock balance: \(failure.message)")
        }
    }
}
