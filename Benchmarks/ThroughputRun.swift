import APITransport
import Foundation
import SyncEngine

/// How much data the throughput runs move.
struct Sizes {
    var articles = 10_000
    var orders = 5_000
    var shipments = 2_000
}

/// One measured job: what was moved, how long it took, what it cost.
struct JobResult {
    var job: String
    var latency: Int
    var entities: Int
    var seconds: Double
    var requests: Int
    var minimumRequests: Int
    var cpuMillisecondsPerEntity: Double?
    var peakMiB: Double?

    var perSecond: Double { seconds > 0 ? Double(entities) / seconds : 0 }
}

/// The four jobs, run by the engine and by the minimal client on identical sandbox data.
enum ThroughputRun {
    static let jobs = ["articles: initial sync", "orders: download", "shipments: write-back", "stock: full sweep"]

    /// The engine in this process against a fresh sandbox child with `latency` ms per request.
    static func engine(sizes: Sizes, latency: Int) async throws -> [JobResult] {
        let control = try SandboxControl()
        defer { control.stop() }
        let (vismaPort, ongoingURL) = try start(control, sizes: sizes, latency: latency)
        let home = try await BenchmarkHome.connect(vismaPort: vismaPort, ongoingURL: ongoingURL)
        defer { home.remove() }
        let systems = try ConnectedSystems(workspace: home.workspace, vismaBudgetPerMinute: 10_000_000, ongoingBudgetPerMinute: 10_000_000)
        defer { systems.shutdown() }
        let engine = Engine(store: home.workspace.store, configuration: try home.workspace.reloadConfiguration(),
                            accounting: systems.accounting, warehouse: systems.warehouse)

        var results: [JobResult] = []
        func run(_ index: Int, _ process: ProcessName, writesPerEntity: Int, fixedRequests: Int = 0) throws {
            let before = try control.counts()
            let usage = ResourceUsage.now()
            var summary = CycleSummary()
            let seconds = try measure { summary = try engine.runOnce(process) }
            let after = ResourceUsage.now()
            let made = try control.counts().since(before)
            let lists = listRequests(made)
            results.append(JobResult(
                job: jobs[index], latency: latency, entities: summary.written, seconds: seconds, requests: made.total,
                minimumRequests: lists + fixedRequests + writesPerEntity * summary.written,
                cpuMillisecondsPerEntity: summary.written > 0 ? (after.cpuSeconds - usage.cpuSeconds) * 1000 / Double(summary.written) : nil,
                peakMiB: after.peakMiB))
        }
        try run(0, .articles, writesPerEntity: 1)
        try control.send("add-orders \(sizes.orders)")
        try run(1, .orders, writesPerEntity: 1)
        try control.send("ship \(sizes.shipments)")
        // Visma needs the delivered quantities (PUT) and the status (POST …/completed); Ongoing the reported mark.
        try run(2, .shipments, writesPerEntity: 3)
        try run(3, .stock, writesPerEntity: 1, fixedRequests: 1)
        return results
    }

    /// The minimal client doing the same four jobs on an identical fresh sandbox.
    static func minimal(sizes: Sizes, latency: Int) async throws -> [JobResult] {
        let control = try SandboxControl()
        defer { control.stop() }
        let (vismaPort, ongoingURL) = try start(control, sizes: sizes, latency: latency)
        let home = try await BenchmarkHome.connect(vismaPort: vismaPort, ongoingURL: ongoingURL)
        defer { home.remove() }
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }
        let client = MinimalClient(transport: transport, vismaAPI: URL(string: "http://127.0.0.1:\(vismaPort)/v2")!,
                                   ongoingAPI: ongoingURL, accessToken: try home.accessToken)

        var results: [JobResult] = []
        func run(_ index: Int, _ job: () throws -> Int) throws {
            let before = try control.counts()
            var entities = 0
            let seconds = try measure { entities = try job() }
            let made = try control.counts().since(before).total
            results.append(JobResult(job: jobs[index], latency: latency, entities: entities, seconds: seconds, requests: made, minimumRequests: made))
        }
        try run(0) {
            let articles = try client.vismaList("articles").filter { ($0["IsServiceArticle"] as? Bool) != true }
            for article in articles {
                try client.ongoingWrite("PUT", "articles", ["goodsOwnerId": client.goodsOwnerID, "articleNumber": article["Number"] ?? "",
                                                            "articleName": article["Name"] ?? "", "isActive": article["IsActive"] ?? true])
            }
            return articles.count
        }
        try control.send("add-orders \(sizes.orders)")
        try run(1) {
            let orders = try client.vismaList("orders", filter: "Status eq 2")
            for order in orders {
                let rows = (order["Rows"] as? [[String: Any]] ?? []).filter { ($0["IsTextRow"] as? Bool) != true && ($0["IsServiceArticle"] as? Bool) != true }
                try client.ongoingWrite("PUT", "orders", [
                    "goodsOwnerId": client.goodsOwnerID, "orderNumber": "\(order["Number"] ?? "")", "goodsOwnerOrderId": order["Id"] ?? "",
                    "deliveryDate": "2026-12-01T00:00:00.000+00:00",
                    "consignee": ["name": order["DeliveryCustomerName"] ?? order["CustomerName"] ?? "", "address1": order["DeliveryAddress1"] ?? "",
                                  "postCode": order["DeliveryPostalCode"] ?? "", "city": order["DeliveryCity"] ?? "", "countryCode": order["DeliveryCountryCode"] ?? ""],
                    "orderLines": rows.map { ["rowNumber": "\($0["LineNumber"] ?? 0)", "articleNumber": $0["ArticleNumber"] ?? "", "numberOfItems": $0["Quantity"] ?? 0] },
                ])
            }
            return orders.count
        }
        try control.send("ship \(sizes.shipments)")
        try run(2) {
            let shipped = try client.ongoingList("orders", query: ["orderStatusFrom": "450", "onlyOrdersWithOrderLinesToReport": "true"],
                                                 idKey: "orderId", idParameter: "orderIdFrom", maxParameter: "maxOrdersToGet", pageSize: 500)
            for order in shipped {
                guard let info = order["orderInfo"] as? [String: Any], let vismaID = info["goodsOwnerOrderId"] as? String, let orderID = info["orderId"] as? Int else { continue }
                var visma = try client.vismaGet("orders/\(vismaID)")
                let picked = Dictionary((order["orderLines"] as? [[String: Any]] ?? []).map { ("\($0["rowNumber"] ?? "")", $0["pickedNumberOfItems"] ?? 0) }, uniquingKeysWith: { $1 })
                visma["Rows"] = (visma["Rows"] as? [[String: Any]] ?? []).map { row in
                    var row = row
                    if let quantity = picked["\(row["LineNumber"] ?? "")"] { row["DeliveredQuantity"] = quantity }
                    return row
                }
                try client.vismaWrite("PUT", "orders/\(vismaID)", visma)
                try client.vismaWrite("POST", "orders/\(vismaID)/completed", nil)
                try client.ongoingWrite("PATCH", "orders/\(orderID)/setReportedNumberOfItemsToPickedNumberOfItems", nil)
            }
            return shipped.count
        }
        try run(3) {
            _ = try client.vismaGet("companysettings")
            let visma = Dictionary(try client.vismaList("articles").map { ("\($0["Number"] ?? "")", $0) }, uniquingKeysWith: { $1 })
            let stock = try client.ongoingList("articles", query: [:], idKey: "articleSystemId", idParameter: "articleSystemIdFrom",
                                               maxParameter: "maxArticlesToGet", pageSize: 1000)
            var written = 0
            for item in stock {
                guard var article = visma["\(item["articleNumber"] ?? "")"], let id = article["Id"] as? String,
                      let sellable = (item["inventoryInfo"] as? [String: Any])?["sellableNumberOfItems"] as? Double else { continue }
                if (article["StockBalance"] as? Double) == sellable { continue }
                article["StockBalance"] = sellable
                try client.vismaWrite("PUT", "articles/\(id)", article)
                written += 1
            }
            return written
        }
        return results
    }

    private static func start(_ control: SandboxControl, sizes: Sizes, latency: Int) throws -> (Int, URL) {
        let ready = try control.send("start articles=\(sizes.articles) latency=\(latency) visma-limit=100000000").split(separator: " ")
        guard ready.count == 3, let port = Int(ready[1]), let url = URL(string: String(ready[2])) else { throw BenchmarkError("sandbox did not start: \(ready)") }
        return (port, url)
    }

    /// List requests (pages) among `counts`: they are part of any minimum.
    static func listRequests(_ counts: RequestCounts) -> Int {
        (counts.visma["GET /v2/articles"] ?? 0) + (counts.visma["GET /v2/orders"] ?? 0)
            + (counts.ongoing["GET /orders"] ?? 0) + (counts.ongoing["GET /articles"] ?? 0)
    }
}
