import APITransport
import Foundation
import OngoingWMS
import Testing
import TestSupport

/// The client against the official example payloads: it reads every example response and
/// writes request bodies with exactly the official keys.
@Suite struct OngoingContractTests {
    private func client(answering name: String, status: Int = 200) throws -> OngoingClient {
        let body = try name == "ongoing-order-statuses.json" ? OngoingFixtures.orderStatuses() : OngoingFixtures.example(name)
        let transport = ScriptedTransport([.success(HTTPResponse(status: status, body: body))])
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                 credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159)
        return OngoingClient(configuration: configuration, transport: transport)
    }

    /// Each official example response and the client call that reads it.
    private static let decoders: [String: @Sendable (OngoingClient) throws -> Void] = [
        "article-get.response.json": { client in
            let article = try client.article(systemId: 18068)
            #expect(article.articleNumber == "TestArticleNumber_ManyFields1")
            #expect(article.inventoryInfo?.numberOfItems == 11)
            #expect(article.purcaseCurrencyCode == "EUR")
            #expect(article.quantityPerPallet == 150)
            #expect(article.inventoryInfo?.lastInDate == OngoingTimestamp.parse("2019-10-10T08:32:53.083Z"))
        },
        "article-put-full.response.json": { client in
            let result = try client.upsertArticle(OngoingFactories.article("TestArticleNumber_ManyFields1"))
            #expect(result.articleSystemId == 18068)
        },
        "article-put-minimal.response.json": { client in
            let result = try client.upsertArticle(OngoingFactories.article("TestArticleNumber1"))
            #expect(result.articleSystemId == 18067)
        },
        "inventory-adjustments-get.response.json": { client in
            let adjustments = try client.inventoryAdjustments(from: Date(timeIntervalSince1970: 0), to: Date())
            #expect(adjustments.count == 2)
            #expect(adjustments[0].inventoryAdjustments?.first?.numberOfItems == -2)
        },
        "order-get.response.json": { client in
            let order = try client.order(id: 50163)
            #expect(order.orderInfo?.orderStatus?.number == 500)
            #expect(order.orderInfo?.deliveryDate == OngoingTimestamp.parse("2019-10-10"))
            #expect(order.line(rowNumber: "1")?.pickedNumberOfItems == 2)
            #expect(order.line(rowNumber: "1")?.reportedNumberOfItems == nil)
            #expect(order.line(rowNumber: "1")?.pickedArticleItems?.count == 2)
            #expect(order.parcels?.count == 2)
            #expect(order.isShipped())
        },
        "order-put-full.response.json": { client in
            let result = try client.upsertOrder(OngoingFactories.order("O1231234", lines: [("1009", 2)]))
            #expect(result.orderId == 50163)
        },
        "order-put-minimal.response.json": { client in
            let result = try client.upsertOrder(OngoingFactories.order("O987654", lines: [("1009", 2)]))
            #expect(result.orderId == 50161)
        },
        "transporter-contracts-get.response.json": { client in
            let contracts = try client.transporterContracts()
            #expect(contracts.map(\.transporterCode) == ["SBTL", "PLAB"])
            #expect(contracts[1].transporterServices?.contains { $0.transporterServiceCode == "P18" } == true)
        },
        "ongoing-order-statuses.json": { client in
            let statuses = try client.orderStatuses()
            #expect(statuses.map(\.number) == [150, 200, 300, 320, 400, 450, 500, 1000])
        },
    ]

    @Test func everyOfficialExampleResponseHasADecodingCheck() throws {
        let responses = try OngoingFixtures.exampleNames().filter { $0.hasSuffix(".response.json") }
        #expect(Set(responses + ["ongoing-order-statuses.json"]) == Set(Self.decoders.keys))
    }

    @Test(arguments: ["article-get.response.json", "article-put-full.response.json", "article-put-minimal.response.json",
                      "inventory-adjustments-get.response.json", "order-get.response.json", "order-put-full.response.json",
                      "order-put-minimal.response.json", "transporter-contracts-get.response.json", "ongoing-order-statuses.json"])
    func clientDecodesOfficialExample(_ name: String) throws {
        try Self.decoders[name]!(try client(answering: name))
    }

    /// The bodies the client sent for `send`, as JSON shapes.
    private func sentBody(_ send: (OngoingClient) throws -> Void) throws -> OngoingJSONShape {
        let transport = ScriptedTransport(status: 200, body: #"{"orderId": 1, "articleSystemId": 1, "message": "ok"}"#)
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                 credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159)
        try send(OngoingClient(configuration: configuration, transport: transport))
        return try OngoingJSONShape.of(try #require(transport.sent.first?.body))
    }

    @Test func fullArticleBodyUsesExactlyTheOfficialKeys() throws {
        var article = PostArticleModel(goodsOwnerId: 159, articleNumber: "TestArticleNumber_ManyFields1", articleName: "Article name 1")
        article.productCode = "ProductCode1"
        article.unitCode = "St"
        article.description = "Article description"
        article.supplierInfo = ArticleSupplierInfo(supplierArticleNumber: "ArticleNumberAtSupplier1", supplierNumber: "Supplier1", supplierName: "Supplier Inc.")
        article.barCodeInfo = ArticleBarCodeInfo(barCode: "700123456", barCodePackage: "700456789", barCodePallet: "700789321")
        article.quantityPerPackage = 10
        article.quantityPerPallet = 150
        article.weight = 1.5
        article.length = 2.6
        article.width = 2.7
        article.height = 2.8
        article.volume = 2.9
        article.purchasePrice = 10
        article.stockValuationPrice = 11
        article.customerPrice = 12
        article.purcaseCurrencyCode = "EUR"
        article.countryOfOriginCode = "BE"
        article.statisticsNumber = "StatNumber1"
        article.articleGroup = OngoingCodeName(code: "GroupCode1", name: "Group Name 1")
        article.articleCategory = OngoingCodeName(code: "CategoryCode1", name: "Category Name 1")
        article.articleColor = OngoingCodeName(code: "WHITE", name: "White")
        article.articleSize = OngoingCodeName(code: "M", name: "Medium")
        let sent = try sentBody { _ = try $0.upsertArticle(article) }
        let official = try OngoingJSONShape.of(OngoingFixtures.example("article-put-full.request.json"))
        #expect(sent.keyPaths == official.keyPaths)
    }

    @Test func minimalArticleBodyUsesExactlyTheOfficialKeys() throws {
        let sent = try sentBody { _ = try $0.upsertArticle(PostArticleModel(goodsOwnerId: 159, articleNumber: "TestArticleNumber1", articleName: "Article name 1")) }
        let official = try OngoingJSONShape.of(OngoingFixtures.example("article-put-minimal.request.json"))
        #expect(sent == official)
    }

    @Test func fullOrderBodyUsesExactlyTheOfficialKeysAndTypes() throws {
        var consignee = OrderConsignee(customerNumber: "CN1", name: "Name 1")
        consignee.address1 = "Address 1"
        consignee.address2 = "Address 2"
        consignee.address3 = "Address 3"
        consignee.postCode = "12345"
        consignee.city = "City"
        consignee.countryCode = "US"
        consignee.countryStateCode = "MN"
        consignee.remark = "Very important customer"
        consignee.doorCode = "1111"
        var line = PostOrderLine(rowNumber: "1", articleNumber: "1009", numberOfItems: 2, comment: "Line comment 1")
        line.serialNumber = "SSN1"
        line.lineTotalCustomsValue = 3000
        line.shouldBePicked = true
        var order = PostOrderModel(goodsOwnerId: 159, orderNumber: "O1231234", deliveryDate: try #require(OngoingTimestamp.parse("2019-10-10")),
                                   consignee: consignee, orderLines: [line])
        order.referenceNumber = "Ref1"
        order.goodsOwnerOrderId = "KL33334"
        order.salesCode = "Att. Test Testperson"
        order.orderRemark = "Very important order"
        order.deliveryInstruction = "Do not bend"
        order.servicePointCode = "3232323"
        order.freeText1 = "FT1"
        order.freeText2 = "FT2"
        order.freeText3 = "FT3"
        order.orderType = OngoingCodeName(code: "B2B", name: "Business to Business")
        order.wayOfDelivery = OngoingCodeName(code: "SHP1", name: "Shipment way 1")
        order.emailNotification = OngoingNotification(toBeNotified: true, value: "a@b.com")
        order.smsNotification = OngoingNotification(toBeNotified: true, value: "123456789")
        order.telephoneNotification = OngoingNotification(toBeNotified: true, value: "987564")
        order.transporter = OrderTransporterChoice(transporterCode: "PLAB", transporterServiceCode: "P18")
        order.returnTransporter = OrderTransporterChoice(transporterCode: "PLAB", transporterServiceCode: "P24")
        order.customsInfo = OrderCustomsInfo(customsValueCurrencyCode: "SEK")
        let sent = try sentBody { _ = try $0.upsertOrder(order) }
        let official = try OngoingJSONShape.of(OngoingFixtures.example("order-put-full.request.json"))
        #expect(sent == official)
    }

    @Test func minimalOrderBodyUsesExactlyTheOfficialKeysAndTypes() throws {
        var order = OngoingFactories.order("O987654", lines: [("1009", 2), ("1005", 5)])
        order.consignee = OrderConsignee(customerNumber: "CN1", name: "Name 1")
        order.consignee.address1 = "Address 1"
        order.consignee.postCode = "12345"
        order.consignee.city = "City"
        order.consignee.countryCode = "SE"
        let sent = try sentBody { _ = try $0.upsertOrder(order) }
        let official = try OngoingJSONShape.of(OngoingFixtures.example("order-put-minimal.request.json"))
        #expect(sent == official)
    }

    @Test func deliveryDateIsSentInUTCWithExplicitOffset() throws {
        let transport = ScriptedTransport(status: 201, body: #"{"orderId": 7, "message": "created"}"#)
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1")!,
                                                 credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159)
        let result = try OngoingClient(configuration: configuration, transport: transport).upsertOrder(OngoingFactories.order("1", lines: [("A", 1)]))
        #expect(result.orderId == 7 && result.created && result.message == "created")
        let body = String(decoding: try #require(transport.sent.first?.body), as: UTF8.self)
        #expect(body.contains(#""deliveryDate":"2026-01-01T00:00:00.000+00:00""#))
        #expect(transport.sent.first?.url.absoluteString == "https://api.ongoingsystems.se/demo/api/v1/orders")
        #expect(transport.sent.first?.method == "PUT")
    }
}
