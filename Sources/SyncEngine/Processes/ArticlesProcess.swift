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
        try send(try outbox.due(), outbox: outbox, summary: &summary)
        let state = try environment.processState(name)
        let sweepDue = state.lastFullSweepAt.map { environment.clock.now().timeIntervalSince($0) > fullSweepHours * 3600 } ?? true
        let since = sweepDue ? nil : environment.since(state.cursor)
        var page = 1
        var watermark: Date?
        while true {
            let result = try environment.accounting.articles(changedSince: since, page: page)
            if page == 1 { watermark = result.serverTime ?? environment.clock.now() }
            if environment.isStopping() { return summary }
            try handle(result.items, environment: environment, outbox: outbox, summary: &summary)
            guard page < result.totalPages else { break }
            page += 1
        }
        try environment.advanceCursor(name, to: watermark, fullSweep: since == nil)
        return summary
    }

    /// Decides for one page of articles, records the intents in one transaction, then sends them.
    private func handle(_ articles: [SourceArticle], environment: ProcessEnvironment, outbox: Outbox, summary: inout CycleSummary) throws {
        let links = try environment.store.read { try $0.articleLinks(environment.connection, numbers: articles.map(\.number)) }
        let additional = environment.configuration.articles.additionalFields
        let operations = try environment.commit { scope -> [PendingOperation] in
            var operations: [PendingOperation] = []
            for article in articles {
                let key = article.number
                let link = links[key]
                if let link, link.vismaID == article.id, let seen = link.vismaChangedAt, let changed = article.changedAt, changed <= seen {
                    summary.unchanged += 1
                    continue
                }
                switch ArticleMapping.map(article, additional: additional) {
                case .skip(let reason):
                    summary.unchanged += 1
                    if link == nil { try scope.log(.article, key, "skipped: \(reason)", level: .debug) }
                case .invalid(let reason):
                    summary.parked += 1
                    try scope.park(name, entity: .article, key: key.isEmpty ? article.id : key, reason: reason)
                case .send(let mapped):
                    let fingerprint = mapped.fingerprint
                    if var seen = link, seen.fingerprint == fingerprint {
                        summary.unchanged += 1
                        seen.vismaChangedAt = article.changedAt
                        try scope.state.save(seen)
                        continue
                    }
                    operations.append(try outbox.record("upsert_article", key: key,
                                                        payload: Intent(vismaID: article.id, article: mapped, fingerprint: fingerprint, changedAt: article.changedAt),
                                                        in: scope))
                }
            }
            return operations
        }
        try send(operations, outbox: outbox, summary: &summary)
    }

    private func send(_ operations: [PendingOperation], outbox: Outbox, summary: inout CycleSummary) throws {
        try outbox.drive(operations) { operation in
            let intent = try outbox.payload(Intent.self, of: operation)
            return (intent, try outbox.environment.warehouse.upsertArticle(intent.article))
        } onSuccess: { scope, operation, outcome in
            let (intent, systemID) = outcome
            summary.written += 1
            try scope.state.save(ArticleLinkRecord(connectionID: scope.connection, articleNumber: operation.key, vismaID: intent.vismaID,
                                                   ongoingArticleSystemID: systemID, fingerprint: intent.fingerprint,
                                                   vismaChangedAt: intent.changedAt, syncedAt: scope.now))
            try scope.state.unpark(scope.connection, process: name, key: operation.key)
            try scope.log(.article, operation.key, "sent to Ongoing as Visma changed it\(systemID.map { " (articleSystemId \($0))" } ?? "")")
            scope.count(synced: 1)
        } onRejected: { scope, operation, failure in
            summary.parked += 1
            try scope.park(name, entity: .article, key: operation.key, reason: "Ongoing refused the article: \(failure.message)")
        }
    }
}

extension WarehouseArticle {
    /// A digest of every field sent to Ongoing, for change detection.
    var fingerprint: String {
        Fingerprint.of([articleNumber, name, unitCode, barcode, String(isActive), purchasePrice.map { "\($0)" },
                        customerPrice.map { "\($0)" }, description, articleNameEnglish, stockLocation])
    }
}
