import Foundation
import Sandbox
import Testing
import TestSupport

/// The sandbox's answers fit the contract's schemas, so clients tested against it meet the real shapes.
@Suite(.timeLimit(.minutes(1)))
struct VismaContractTests {
    @Test func listsAndRecordsValidateAgainstTheSpec() async throws {
        let validator = try VismaSchemaValidator()
        try await VismaSandboxHarness.run({ $0.articleCount = 150; $0.orderCount = 120 }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let order = try #require(harness.sandbox.orders().first)
            let cases: [(String, String)] = [
                ("/v2/articles?$pagesize=1000", "PaginatedResponseOfArticleApi"),
                ("/v2/orders?$pagesize=1000", "PaginatedResponseOfOrderApi"),
                ("/v2/customers?$pagesize=1000", "PaginatedResponseOfCustomerApi"),
                ("/v2/articles/\(harness.sandbox.articles()[0].id)", "ArticleApi"),
                ("/v2/orders/\(order.id)", "OrderApi"),
                ("/v2/customers/\(try #require(order.customerID))", "CustomerApi"),
                ("/v2/companysettings", "CompanySettingsApi"),
                ("/v2/orders?$filter=Nope%20eq%201", "CommonExtendedBadRequest"),
                ("/v2/orders/\(UUID())", "CommonExtendedBadRequest"),
            ]
            for (path, schema) in cases {
                let answer = try await harness.api("GET", path, token: token)
                #expect(validator.problems(answer.body, schema: schema) == [], "\(path) as \(schema)")
            }
        }
    }

    @Test func writeAnswersAndErrorsValidateAgainstTheSpec() async throws {
        let validator = try VismaSchemaValidator()
        try await VismaSandboxHarness.run({ $0.rateLimitPerMinute = 1 }) { harness in
            let token = try await harness.tokens()["access_token"] as? String
            let order = try #require(harness.sandbox.orders().first { $0.status == 2 })
            let completed = try await harness.api("POST", "/v2/orders/\(order.id)/completed", token: token)
            #expect(validator.problems(completed.body, schema: "OrderApi") == [])
            let throttled = try await harness.api("POST", "/v2/orders/\(order.id)/completed", token: token)
            #expect(throttled.status == 429)
            #expect(validator.problems(throttled.body, schema: "CommonExtendedBadRequest") == [])
            let unauthorised = try await harness.http.send("GET", "\(harness.base)/v2/articles")
            #expect(validator.problems(unauthorised.body, schema: "CommonExtendedBadRequest") == [])
        }
    }

    @Test func theValidatorCatchesViolations() throws {
        let validator = try VismaSchemaValidator()
        let body = Data(#"{"Number":"\#(String(repeating: "x", count: 41))","Name":5,"IsActive":true,"CodingId":"nope","Surprise":1}"#.utf8)
        let problems = validator.problems(body, schema: "ArticleApi")
        #expect(problems.contains { $0.contains("Number") && $0.contains("longer") })
        #expect(problems.contains { $0.contains("Name") && $0.contains("expected string") })
        #expect(problems.contains { $0.contains("CodingId") && $0.contains("uuid") })
        #expect(problems.contains { $0.contains("missing required UnitId") })
        #expect(problems.contains { $0.contains("unknown property Surprise") })
        #expect(!validator.problems(body, schema: "ArticleApi", allowingUnknownFields: true).contains { $0.contains("Surprise") })
    }
}
