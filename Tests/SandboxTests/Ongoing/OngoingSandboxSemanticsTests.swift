import Foundation
import Sandbox
import Testing

/// The sandbox behaves like Ongoing: authentication, goods owner access, upserts, refusals,
/// time windows, filters and paging.
@Suite struct OngoingSandboxSemanticsTests {
    @Test func missingOrWrongCredentialsGet401WithASPNetMessage() async throws {
        try await OngoingSandboxHTTP.run { http in
            for answer in [try await http.send("GET", "orders/statuses", user: nil),
                           try await http.send("GET", "orders/statuses", password: "wrong")] {
                #expect(answer.status == 401)
                #expect((try answer.json() as? [String: Any])?["Message"] as? String == "Authorization has been denied for this request.")
                #expect(answer.header("WWW-Authenticate")?.hasPrefix("Basic") == true)
            }
        }
    }

    @Test func anotherGoodsOwnerGets403WithAMessage() async throws {
        try await OngoingSandboxHTTP.run { http in
            let read = try await http.send("GET", "articles?goodsOwnerId=160&maxArticlesToGet=1")
            #expect(read.status == 403)
            #expect(((try read.json() as? [String: Any])?["message"] as? String)?.contains("goods owner 160") == true)
            let write = try await http.put("articles", #"{"goodsOwnerId": 159, "articleNumber": "X"}"#, user: .other)
            #expect(write.status == 403)
        }
    }

    @Test func missingGoodsOwnerIsABadRequest() async throws {
        try await OngoingSandboxHTTP.run { http in
            let read = try await http.send("GET", "articles")
            let write = try await http.put("articles", #"{"articleNumber": "X"}"#)
            #expect(read.status == 400)
            #expect(write.status == 400)
        }
    }

    @Test func unknownSystemIsNotFound() async throws {
        try await OngoingSandboxHTTP.run { http in
            let answer = try await http.send("GET", absolute: "http://127.0.0.1:\(http.port)/other/api/v1/orders/statuses")
            #expect(answer.status == 404)
        }
    }

    @Test func putUpsertsByOrderNumber() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A", "B"])
            let first = try await http.put("orders", OngoingSandboxHTTP.orderJSON("1042", lines: [("A", 1)]))
            let second = try await http.put("orders", OngoingSandboxHTTP.orderJSON("1042", lines: [("A", 2), ("B", 1)]))
            #expect(first.status == 201 && second.status == 200)
            #expect((try first.json() as? [String: Any])?["orderId"] as? Int == (try second.json() as? [String: Any])?["orderId"] as? Int)
            let order = try #require(http.sandbox.order(number: "1042"))
            #expect(order.lines.map(\.ordered) == [2, 1])
            #expect(http.sandbox.orders().count == 1)
            #expect(http.sandbox.putCount(orderNumber: "1042") == 2)
        }
    }

    @Test func articleUpsertKeepsItsIdAndMergesFields() async throws {
        try await OngoingSandboxHTTP.run { http in
            let first = try await http.put("articles", #"{"goodsOwnerId": 159, "articleNumber": "A", "articleName": "Mug", "productCode": "P1"}"#)
            let second = try await http.put("articles", #"{"goodsOwnerId": "159", "articleNumber": "A", "articleName": "Blue mug"}"#)
            #expect((try first.json() as? [String: Any])?["articleSystemId"] as? Int == (try second.json() as? [String: Any])?["articleSystemId"] as? Int)
            let article = try #require((try await http.send("GET", "articles?goodsOwnerId=159").json() as? [[String: Any]])?.first)
            #expect(article["articleName"] as? String == "Blue mug")
            #expect(article["productCode"] as? String == "P1")
        }
    }

    @Test(arguments: [300, 320, 400, 450, 500])
    func updateAndCancelAreRefusedOnceTheWarehouseStarted(_ status: Int) async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A"])
            let created = try await http.put("orders", OngoingSandboxHTTP.orderJSON("S1", lines: [("A", 1)]))
            let id = try #require((try created.json() as? [String: Any])?["orderId"] as? Int)
            http.sandbox.advance(orderNumber: "S1", to: status)
            let update = try await http.put("orders", OngoingSandboxHTTP.orderJSON("S1", lines: [("A", 5)]))
            #expect(update.status == 400)
            #expect(((try update.json() as? [String: Any])?["message"] as? String)?.contains("started") == true)
            let cancel = try await http.send("DELETE", "orders/\(id)")
            #expect(cancel.status == 400)
            #expect(http.sandbox.order(number: "S1")?.status == status)
            #expect(http.sandbox.order(number: "S1")?.lines.first?.ordered == 1)
        }
    }

    @Test func openOrderCanBeCancelledByIdOrNumberButOnlyOnce() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A"])
            let created = try await http.put("orders", OngoingSandboxHTTP.orderJSON("C1", lines: [("A", 3)]))
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("C2", lines: [("A", 1)]))
            let id = try #require((try created.json() as? [String: Any])?["orderId"] as? Int)
            #expect(http.sandbox.article(number: "A")?.sellableNumberOfItems == 96)
            #expect(try await http.send("DELETE", "orders/\(id)").status == 200)
            #expect(try await http.send("DELETE", "orders?goodsOwnerId=159&orderNumber=C2").status == 200)
            #expect(http.sandbox.order(number: "C1")?.status == 1000)
            #expect(http.sandbox.article(number: "A")?.sellableNumberOfItems == 100)
            #expect(try await http.send("DELETE", "orders/\(id)").status == 400)
        }
    }

    @Test func orderLinesMustNameExistingArticlesAndUniqueRows() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A"])
            #expect(try await http.put("orders", OngoingSandboxHTTP.orderJSON("B1", lines: [("NOPE", 1)])).status == 400)
            let duplicated = #"{"goodsOwnerId": 159, "orderNumber": "B2", "deliveryDate": "2026-01-01", "consignee": {}, "orderLines": [{"rowNumber": "1", "articleNumber": "A", "numberOfItems": 1}, {"rowNumber": "1", "articleNumber": "A", "numberOfItems": 1}]}"#
            #expect(try await http.put("orders", duplicated).status == 400)
            #expect(try await http.put("orders", #"{"goodsOwnerId": 159, "orderNumber": "B3", "deliveryDate": "2026-01-01"}"#).status == 400)
            #expect(http.sandbox.orders().isEmpty)
        }
    }

    @Test func stockCursorMustBeWithinTwentyFourHours() async throws {
        try await OngoingSandboxHTTP.run { http in
            let recent = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-23 * 3600))
            let stale = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-25 * 3600))
            #expect(try await http.send("GET", "articles?goodsOwnerId=159&stockInfoChangedFrom=\(recent)").status == 200)
            let refused = try await http.send("GET", "articles?goodsOwnerId=159&stockInfoChangedFrom=\(stale)")
            #expect(refused.status == 400)
            #expect(((try refused.json() as? [String: Any])?["message"] as? String)?.contains("24 hours") == true)
        }
    }

    @Test func orderUpdatedCursorMustBeWithinTwoDays() async throws {
        try await OngoingSandboxHTTP.run { http in
            let stale = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-49 * 3600))
            let answer = try await http.send("GET", "orders?goodsOwnerId=159&orderUpdatedTimeFrom=\(stale)")
            #expect(answer.status == 400)
        }
    }

    @Test func unencodedPlusInATimeArrivesAsASpaceAndIsRefused() async throws {
        try await OngoingSandboxHTTP.run { http in
            let now = Date().addingTimeInterval(-60)
            let text = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: "Z", with: "+00:00")
            let raw = try await http.send("GET", "articles?goodsOwnerId=159&stockInfoChangedFrom=\(text)")
            let encoded = try await http.send("GET", "articles?goodsOwnerId=159&stockInfoChangedFrom=\(text.replacingOccurrences(of: "+", with: "%2B"))")
            #expect(raw.status == 400)
            #expect(encoded.status == 200)
        }
    }

    @Test func pagingCursorIsInclusiveAndRepeatedKeysMatchButCommaListsDoNot() async throws {
        try await OngoingSandboxHTTP.run { http in
            http.sandbox.addArticles(count: 5)
            let ids = http.sandbox.articles().map(\.articleSystemId)
            let page = try await http.send("GET", "articles?goodsOwnerId=159&articleSystemIdFrom=\(ids[1])&maxArticlesToGet=2")
            #expect((try page.json() as? [[String: Any]])?.compactMap { $0["articleSystemId"] as? Int } == [ids[1], ids[2]])
            let repeated = try await http.send("GET", "articles?goodsOwnerId=159&articleNumbers=ART-1&articleNumbers=ART-3")
            #expect((try repeated.json() as? [Any])?.count == 2)
            let commaJoined = try await http.send("GET", "articles?goodsOwnerId=159&articleNumbers=ART-1,ART-3")
            #expect((try commaJoined.json() as? [Any])?.count == 0)
            let pastEnd = try await http.send("GET", "articles?goodsOwnerId=159&articleSystemIdFrom=\(ids[4] + 1)&maxArticlesToGet=2")
            #expect((try pastEnd.json() as? [Any])?.isEmpty == true)
        }
    }

    @Test func linesToReportAreListedUntilReported() async throws {
        try await OngoingSandboxHTTP.run { http in
            try await http.stockArticles(["A"])
            let created = try await http.put("orders", OngoingSandboxHTTP.orderJSON("P1", lines: [("A", 2)]))
            let id = try #require((try created.json() as? [String: Any])?["orderId"] as? Int)
            let query = "orders?goodsOwnerId=159&onlyOrdersWithOrderLinesToReport=true"
            #expect((try await http.send("GET", query).json() as? [Any])?.count == 0)
            http.sandbox.shipAll()
            #expect((try await http.send("GET", query).json() as? [Any])?.count == 1)
            #expect(try await http.send("PATCH", "orders/\(id)/setReportedNumberOfItemsToPickedNumberOfItems").status == 200)
            #expect((try await http.send("GET", query).json() as? [Any])?.count == 0)
            #expect(http.sandbox.order(number: "P1")?.lines.first?.reported == http.sandbox.order(number: "P1")?.lines.first?.picked)
        }
    }

    @Test func inventoryInfoFollowsOrdersAndPicking() async throws {
        var options = OngoingSandboxOptions()
        options.shortPickRate = 0
        try await OngoingSandboxHTTP.run(options) { http in
            try await http.stockArticles(["A"], stock: 10)
            _ = try await http.put("orders", OngoingSandboxHTTP.orderJSON("I1", lines: [("A", 4)]))
            func inventory() async throws -> [String: Any] {
                let article = try #require((try await http.send("GET", "articles?goodsOwnerId=159&articleNumbers=A").json() as? [[String: Any]])?.first)
                return try #require(article["inventoryInfo"] as? [String: Any])
            }
            var info = try await inventory()
            #expect(info["numberOfItems"] as? Double == 10)
            #expect(info["numberOfBookedItems"] as? Double == 4)
            #expect(info["sellableNumberOfItems"] as? Double == 6)
            http.sandbox.advance(orderNumber: "I1", to: 320)
            info = try await inventory()
            #expect(info["allocatedNumberOfItems"] as? Double == 4)
            http.sandbox.advance(orderNumber: "I1", to: 400)
            info = try await inventory()
            #expect(info["numberOfItems"] as? Double == 6)
            #expect(info["numberOfBookedItems"] as? Double == 0)
            #expect(info["sellableNumberOfItems"] as? Double == 6)
            #expect(info["pickedToBeCollectedNumberOfItems"] as? Double == 4)
        }
    }

    @Test func customerDirectoryResolvesKnownIDs() async throws {
        try await OngoingSandboxHTTP.run { http in
            let known = try await http.send("GET", absolute: "\(http.sandbox.directoryURL(port: http.port).absoluteString)customers/1001", user: nil)
            #expect((try known.json() as? [String: Any])?["apiUrl"] as? String == http.sandbox.apiURL(port: http.port).absoluteString)
            let unknown = try await http.send("GET", absolute: "\(http.sandbox.directoryURL(port: http.port).absoluteString)customers/7", user: nil)
            #expect(unknown.status == 404)
        }
    }

    @Test func requestsAreCountedPerEndpoint() async throws {
        try await OngoingSandboxHTTP.run { http in
            _ = try await http.send("GET", "orders/statuses")
            _ = try await http.send("GET", "orders/123")
            _ = try await http.send("GET", "orders/456")
            #expect(http.sandbox.requestCount("GET", "/orders/statuses") == 1)
            #expect(http.sandbox.requestCount("GET", "/orders/{id}") == 2)
        }
    }
}
