import APITransport
import Foundation
import OngoingWMS
import Sandbox
import SyncEngine
import TestSupport
import Testing

/// Small factories for the data a scenario needs in the sandboxes.
extension SandboxPair {
    /// Numbers of the active Visma goods articles (no services), in list order.
    var goodsNumbers: [String] {
        visma.articles().filter { !$0.isServiceArticle && $0.isActive }.map(\.number)
    }

    /// The number of a Visma service article.
    var serviceNumber: String {
        visma.articles().first { $0.isServiceArticle }!.number
    }

    /// The first Visma customer.
    var customer: UUID { visma.customerIDs()[0] }

    /// Creates an ongoing (or `status`) Visma order of `lines` (article number, quantity) for
    /// ``customer``; returns its number.
    @discardableResult
    func createOrder(_ lines: [(String, Decimal)], status: Int = 2) throws -> Int {
        let order = visma.createOrder(lines: lines.map { VismaSandbox.NewLine(articleNumber: $0.0, quantity: $0.1) }, customerID: customer, status: status)
        return try #require(order).number
    }

    /// Appends a raw row to order `number` (a text row, a service row, an unknown article…).
    func appendRow(to number: Int, _ fields: [String: VismaJSON]) {
        visma.editOrder(number: number) { order in
            var rows = order["Rows"]?.array ?? []
            var row = fields
            row["LineNumber"] = row["LineNumber"] ?? .number(Decimal(rows.count + 1))
            row["Id"] = row["Id"] ?? .string(UUID().uuidString)
            for (key, value) in ["IsTextRow": VismaJSON.bool(false), "IsServiceArticle": .bool(false), "DeliveredQuantity": .number(0),
                                 "Quantity": .number(0), "Text": .string("")] where row[key] == nil {
                row[key] = value
            }
            rows.append(.object(row))
            order["Rows"] = .array(rows)
        }
    }

    /// The Ongoing order with Visma order `number`.
    func ongoingOrder(_ number: Int) -> OngoingSandboxOrder? {
        ongoing.order(number: String(number))
    }

    /// Every write request both sandboxes received so far, by endpoint.
    var writeCounts: [String: Int] {
        var counts = visma.requestCounts.filter { !$0.key.hasPrefix("GET") && !$0.key.contains("/connect/") }
        for request in ongoing.requests where request.method != "GET" {
            counts["Ongoing \(request.method) \(request.endpoint)", default: 0] += 1
        }
        return counts
    }

    /// Every read request both sandboxes received so far, by endpoint.
    var readCounts: [String: Int] {
        var counts = visma.requestCounts.filter { $0.key.hasPrefix("GET") }
        for request in ongoing.requests where request.method == "GET" {
            counts["Ongoing GET \(request.endpoint)", default: 0] += 1
        }
        return counts
    }
}

extension SandboxPair {
    /// Order `number` as the Ongoing API returns it (a real GET, counted by the sandbox).
    func ongoingModel(_ number: Int) async throws -> GetOrderModel? {
        let endpoints = connected.endpoints
        return try await EngineOffload.run {
            let transport = AsyncHTTPClientTransport()
            defer { transport.shutdown() }
            let client = OngoingClient(
                configuration: OngoingConfiguration(apiURL: endpoints.ongoingAPI,
                                                    credentials: OngoingCredentials(username: endpoints.ongoingUsername, password: endpoints.ongoingPassword),
                                                    goodsOwnerId: endpoints.goodsOwnerID),
                transport: transport)
            return try client.order(number: String(number))
        }
    }
}
