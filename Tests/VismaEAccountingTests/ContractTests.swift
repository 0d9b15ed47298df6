import APITransport
import Foundation
import Sandbox
import Testing
import TestSupport
import VismaEAccounting

/// The client's request bodies fit the contract's schemas.
@Suite(.timeLimit(.minutes(1)))
struct ContractTests {
    @Test func putBodiesValidateAgainstTheSpec() async throws {
        let validator = try VismaSchemaValidator()
        try await VismaHarness.run { harness in
            let recorder = RecordingTransport(harness.transport)
            let (client, _) = try await harness.connectedClient(transport: recorder)
            let articleID = try #require(harness.sandbox.articles().first { !$0.isServiceArticle }?.id)
            var article = try await blocking { try client.article(id: articleID) }
            article.stockBalance = Decimal(string: "12.5")!
            let articleToWrite = article
            _ = try await blocking { try client.updateArticle(articleToWrite) }

            let orderID = try #require(harness.sandbox.orders().first { $0.status == 2 }?.id)
            var order = try await blocking { try client.order(id: orderID) }
            for row in order.rows where !row.isTextRow { order.setDeliveredQuantity(row.quantity, lineNumber: row.lineNumber) }
            order.shippedDateTime = Date()
            let orderToWrite = order
            _ = try await blocking { try client.updateOrder(orderToWrite) }

            let puts = recorder.requests.filter { $0.method == "PUT" }
            #expect(puts.count == 2)
            #expect(validator.problems(try #require(puts[0].body), schema: "ArticleApi") == [])
            #expect(validator.problems(try #require(puts[1].body), schema: "OrderApi") == [])
            #expect(puts.allSatisfy { $0.header("Content-Type") == "application/json" })
        }
    }

    @Test func listRequestsUseVismasQueryParameters() async throws {
        try await VismaHarness.run { harness in
            let recorder = RecordingTransport(harness.transport)
            let (client, _) = try await harness.connectedClient(transport: recorder)
            _ = try await blocking { try client.orders(status: .ongoing, modifiedAfter: Date(timeIntervalSince1970: 1_767_261_600), pageSize: 100) }
            let list = try #require(recorder.requests.last)
            #expect(list.url.absoluteString.hasSuffix("/v2/orders?$page=1&$pagesize=100&$filter=Status%20eq%202%20and%20ModifiedUtc%20gt%202026-01-01T10:00:00Z"))
            #expect(list.header("Authorization")?.hasPrefix("Bearer ") == true)
        }
    }

    @Test func toleratesATrailingSlashOnTheAPIURL() async throws {
        try await VismaHarness.run { harness in
            let recorder = RecordingTransport(harness.transport)
            let (connected, _) = try await harness.connectedClient(transport: recorder)
            let client = VismaClient(apiURL: URL(string: harness.apiURL.absoluteString + "/")!, session: connected.session,
                                     transport: recorder, pacer: connected.pacer)
            _ = try await blocking { try client.companySettings() }
            #expect(recorder.requests.last?.url.absoluteString == harness.apiURL.absoluteString + "/companysettings")
        }
    }

    @Test func tokenRequestsAreFormEncodedWithBasicClientAuthentication() async throws {
        try await VismaHarness.run { harness in
            let recorder = RecordingTransport(harness.transport)
            let store = VismaMemoryTokenStore()
            let attempt = try await VismaSignIn(configuration: harness.configuration, apiURL: harness.apiURL, transport: recorder,
                                                tokenStore: store).start(redirectPort: 0)
            try await harness.consent(attempt)
            _ = try await attempt.finish(timeout: .seconds(5))
            let token = try #require(recorder.requests.first { $0.url.path == "/connect/token" })
            #expect(token.header("Content-Type") == "application/x-www-form-urlencoded")
            let expected = Data("\(VismaSandbox.defaultClientID):\(VismaSandbox.defaultClientSecret)".utf8).base64EncodedString()
            #expect(token.header("Authorization") == "Basic \(expected)")
            let form = String(decoding: try #require(token.body), as: UTF8.self)
            #expect(form.hasPrefix("grant_type=authorization_code&code="))
            #expect(form.contains("&redirect_uri=http%3A%2F%2F127.0.0.1%3A"))
            #expect(form.contains("&code_verifier=\(attempt.request.pkce.verifier)"))
        }
    }
}
