import Foundation

/// Visma → Ongoing: new and changed Visma articles are upserted into Ongoing by article number.
struct ArticlesProcess: SyncProcess {
    let name = ProcessName.articles
    /// Hours between full reconciliations of every article.
    var fullSweepHours: Double = 24

    private struct Intent: Codable {
        var vismaID: String
        var article: WarehouseArticle
        var fingerprint: String
        var changedAt: Date?
    }

    func runCycle(_ environment: ProcessEnvironment) throws -> CycleSummary {
        let outbox = Outbox(environment: environment, process: name)
        var summary = CycleSummary()
        for operation in try outbox.due() {
            try send(operation, outbox: outbox, summary: &summary)
        }
        let state = try environment.processState(name)
        let sweepDue = state.lastFullSweepAt.map { environment.clock.now().timeIntervalSince($0) > fullSweepHours * 3600 } ?? true
        let since = sweepDue ? nil : environment.since(state.cursor)
        var page = 1
        var watermark: Date?
        while true {
            let result = try environment.accounting.articles(changedSince: since, page: page)
            if page == 1 { watermark = result.serverTime ?? environment.clock.now() }
            for article in result.items {
                if environment.isStopping() { return summary }
                try handle(article, environment: environment, outbox: outbox, summary: &summary)
            }
            guard page < result.totalPages else { break }
            page += 1
        }
        try environment.advanceCursor(name, to: watermark, fullSweep: since == nil)
        return summary
    }

    private func handle(_ article: SourceArticle, environment: ProcessEnvironment, outbox: Outbox, summary: inout CycleSummary) throws {
        let key = article.number
        let link = try environment.store.read { try $0.articleLink(environment.connection, number: key) }
        if let link, link.vismaID == article.id, let seen = link.vismaChangedAt, let changed = article.changedAt, changed <= seen {
            summary.unchanged += 1
            return
        }
        switch ArticleMapping.map(article, additional: environment.configuration.articles.additionalFields) {
        case .skip(let reason):
            summary.unchanged += 1
            if link == nil {
                try environment.commit { try $0.log(.article, key, "skipped: \(reason)", level: .debug) }
            }
        case .invalid(let reason):
            summary.parked += 1
            try environment.commit { scope in
                try scope.park(name, entity: .article, key: key.isEmpty ? article.id : key, reason: reason)
                try count(scope, failed: 1)
            }
        case .send(let mapped):
            let fingerprint = Fingerprint.of(mapped)
            if let link, link.fingerprint == fingerprint {
                summary.unchanged += 1
                try environment.commit { scope in
                    var seen = link
                    seen.vismaChangedAt = article.changedAt
                    try scope.state.save(seen)
                }
                return
            }
            let operation = try environment.commit { scope in
                try scope.log(.article, key, link == nil ? "new in Visma; sending to Ongoing" : "changed in Visma; updating Ongoing")
                return try outbox.record("upsert_article", key: key,
                                         payload: Intent(vismaID: article.id, article: mapped, fingerprint: fingerprint, changedAt: article.changedAt),
                                         in: scope)
            }
            try send(operation, outbox: outbox, summary: &summary)
        }
    }

    private func send(_ operation: PendingOperation, outbox: Outbox, summary: inout CycleSummary) throws {
        let intent = try outbox.payload(Intent.self, of: operation)
        var systemID: Int?
        try outbox.drive(operation) {
            systemID = try outbox.environment.warehouse.upsertArticle(intent.article)
        } onSuccess: { scope in
            summary.written += 1
            try scope.state.save(ArticleLinkRecord(connectionID: scope.connection, articleNumber: operation.key, vismaID: intent.vismaID,
                                                   ongoingArticleSystemID: systemID, fingerprint: intent.fingerprint,
                                                   vismaChangedAt: intent.changedAt, syncedAt: scope.now))
            try scope.state.unpark(scope.connection, process: name, key: operation.key)
            try scope.log(.article, operation.key, "upserted in Ongoing\(systemID.map { " (articleSystemId \($0))" } ?? "")")
            try count(scope, synced: 1)
        } onRejected: { scope, failure in
            summary.parked += 1
            try scope.park(name, entity: .article, key: operation.key, reason: "Ongoing refused the article: \(failure.message)")
            try count(scope, failed: 1)
        }
    }

    private func count(_ scope: TransactionScope, synced: Int = 0, failed: Int = 0) throws {
        try ProcessCounters.add(name, synced: synced, failed: failed, in: scope)
    }
}

/// Adds to a process's synced and failed counters inside a transaction.
enum ProcessCounters {
    static func add(_ process: ProcessName, synced: Int = 0, failed: Int = 0, in scope: TransactionScope) throws {
        var state = try scope.state.processState(scope.connection, process) ?? ProcessStateRecord(connectionID: scope.connection, process: process)
        state.synced += synced
        state.failed += failed
        try scope.save(state)
    }
}
