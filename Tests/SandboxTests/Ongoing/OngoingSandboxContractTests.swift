import Foundation
import Sandbox
import Testing
import TestSupport

/// The sandbox's answers carry the keys and JSON types of the official examples, and it
/// accepts the official request examples as they are (BOM and numbers-as-strings included).
@Suite struct OngoingSandboxContractTests {
    private func expectShape(of answer: OngoingSandboxHTTP.Answer, matches example: Data, element: Bool = false) throws {
        var actual = try OngoingJSONShape.of(answer.body)
        if element, case .array(let items) = actual { actual = try #require(items.first) }
        let mismatches = try OngoingJSONShape.of(example).mismatches(in: actual)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func statusListIsTheOfficialOne() async throws {
        try await OngoingSandboxHTTP.run { http in
            let answer = try await http.send("GET", "orders/statuses")
            #expect(answer.status == 200)
            #expect(try OngoingJSONShape.of(answer.body) == OngoingJSONShape.of(OngoingFixtures.orderStatuses()))
            let official = try JSONSerialization.jsonObject(with: OngoingFixtures.orderStatuses().dropFirst(3)) as! NSDictionary
            #expect(try answer.json() as! NSDictionary == official)
        }
    }

    @Test func officialArticleRequestsAreAcceptedAndAnsweredInTheOfficialShape() async throws {
        try await OngoingSandboxHTTP.run { http in
            for kind in ["full", "minimal"] {
                let put = try await http.send("PUT", "articles", body: OngoingFixtures.example("article-put-\(kind).request.json"))
                #expect(put.status == 200)
                try expectShape(of: put, matches: OngoingFixtures.example("article-put-\(kind).response.json"))
            }
            http.sandbox.setStock(articleNumber: "TestArticleNumber_ManyFields1", numberOfItems: 11)
            let get = try await http.send("GET", "articles?goodsOwnerId=159&articleNumber=TestArticleNumber_ManyFields1")
            try expectShape(of: get, matches: OngoingFixtures.example("article-get.response.json"), element: true)
            let article = try #require((try get.json() as? [[String: Any]])?.first)
            #expect(article["quantityPerPallet"] as? Int == 150)
            #expect((article["weight"] as? NSNumber)?.doubleValue == 1.5)
            #expect(article["purcaseCurrencyCode"] as? String == "EUR")
        }
    }

    @Test func officialOrderRequestsAreAcceptedAndShippedOrdersAnsweredInTheOfficialShape() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["1009", "1005"])
            let full = try await http.send("PUT", "orders", body: OngoingFixtures.example("order-put-full.request.json"))
            #expect(full.status == 201)
            try expectShape(of: full, matches: OngoingFixtures.example("order-put-full.response.json"))
            let minimal = try await http.send("PUT", "orders", body: OngoingFixtures.example("order-put-minimal.request.json"))
            try expectShape(of: minimal, matches: OngoingFixtures.example("order-put-minimal.response.json"))

            http.sandbox.advance(orderNumber: "O1231234", to: 500)
            let id = try #require((try full.json() as? [String: Any])?["orderId"] as? Int)
            let get = try await http.send("GET", "orders/\(id)")
            try expectShape(of: get, matches: OngoingFixtures.example("order-get.response.json"))
            let search = try await http.send("GET", "orders?goodsOwnerId=159&orderNumber=O1231234")
            try expectShape(of: search, matches: OngoingFixtures.example("order-get.response.json"), element: true)

            let order = try #require(try get.json() as? [String: Any])
            let info = try #require(order["orderInfo"] as? [String: Any])
            #expect(info["referenceNumber"] as? String == "Ref1")
            #expect((info["orderStatus"] as? [String: Any])?["number"] as? Int == 500)
            let transporter = try #require(order["transporter"] as? [String: Any])
            #expect(transporter["name"] as? String == "PostNord Parcel (Nordic)")
            let line = try #require((order["orderLines"] as? [[String: Any]])?.first)
            #expect(line["reportedNumberOfItems"] is NSNull)
            #expect(line["subOrderLines"] is NSNull)
        }
    }

    @Test func reportedAnswersKeepDecimalsAsNumbers() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A"])
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("R1", lines: [("A", 2)]))
            let text = String(decoding: try await http.send("GET", "orders?goodsOwnerId=159").body, as: UTF8.self)
            #expect(text.contains(#""orderedNumberOfItems":2.0"#))
            #expect(text.contains(#""reportedNumberOfItems":null"#))
        }
    }

    @Test func transporterContractsAndInventoryAdjustmentsHaveTheOfficialShape() async throws {
        try await OngoingSandboxHTTP.run { http in
            let contracts = try await http.send("GET", "transporterContracts?goodsOwnerId=159")
            try expectShape(of: contracts, matches: OngoingFixtures.example("transporter-contracts-get.response.json"))
            try await http.stockArticles(["A"])
            http.sandbox.setStock(articleNumber: "A", numberOfItems: 98)
            let adjustments = try await http.send("GET", "inventoryAdjustments?goodsOwnerId=159&from=2000-01-01&toTime=2100-01-01")
            try expectShape(of: adjustments, matches: OngoingFixtures.example("inventory-adjustments-get.response.json"))
            #expect((try adjustments.json() as? [Any])?.count == 1)
        }
    }
}
