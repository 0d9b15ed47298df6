import Foundation

/// Articles and orders as the real API answers them: the keys and JSON types of the official
/// `GetArticleModel` / `GetOrderModel` examples, `null` where Ongoing sends `null`.
struct OngoingRendering {
    /// Goods owner names by id, for the `goodsOwner` objects.
    let goodsOwnerNames: [Int: String]
    /// Whether status texts are Swedish.
    let localisedStatuses: Bool

    private func goodsOwner(_ id: Int) -> OngoingJSONValue {
        .object([("id", .integer(id)), ("name", .string(goodsOwnerNames[id] ?? ""))])
    }

    /// One element of `GET /articles`.
    func article(_ article: SandboxArticle) -> OngoingJSONValue {
        let demand = article.demand
        let inventory: OngoingJSONValue = .object([
            ("numberOfItems", .decimal(article.numberOfItems)),
            ("numberOfBookedItems", .decimal(demand.booked)),
            ("numberOfLockedItems", .decimal(0)),
            ("toReceiveNumberOfItems", .decimal(0)),
            ("allocatedNumberOfItems", .decimal(demand.allocated)),
            ("lockedForSaleNumberOfItems", .decimal(0)),
            ("pickedToBeCollectedNumberOfItems", .decimal(demand.pickedToBeCollected)),
            ("receivedToBeFinishedNumberOfItems", .decimal(0)),
            ("lastInDate", .time(article.lastInDate)),
            ("sellableNumberOfItems", .decimal(article.sellableNumberOfItems)),
            ("totalStockValue", .decimal(article.numberOfItems * (article.fields["stockValuationPrice"]?.number ?? 0))),
            ("reported", .object([
                ("pickedToBeReportedNumberOfItems", .decimal(demand.pickedToBeReported)),
                ("returnedToBeReportedNumberOfItems", .decimal(0)),
                ("receivedToBeReportedNumberOfItems", .decimal(0)),
            ])),
        ])
        return .object(
            [("goodsOwner", goodsOwner(article.goodsOwnerId)), ("articleSystemId", .integer(article.articleSystemId)),
             ("articleNumber", .string(article.articleNumber))]
                + OngoingFieldSchema.article.render(article.fields)
                + [("articleDataLastUpdated", .time(article.dataUpdatedAt)), ("inventoryInfo", inventory)]
        )
    }

    /// One element of `GET /orders`, or the answer of `GET /orders/{id}`.
    func order(_ order: SandboxOrder, articles: [Int: SandboxArticle]) -> OngoingJSONValue {
        let header = Dictionary(OngoingFieldSchema.orderHeader.render(order.header), uniquingKeysWith: { first, _ in first })
        func echoed(_ key: String) -> (String, OngoingJSONValue) { (key, header[key] ?? .null) }
        let status: OngoingJSONValue = .object([
            ("number", .integer(order.status)),
            ("text", .string(OngoingStatusCatalogue.text(of: order.status, localised: localisedStatuses))),
        ])
        let info: OngoingJSONValue = .object([
            ("orderId", .integer(order.orderId)), ("orderNumber", .string(order.orderNumber)),
            echoed("goodsOwnerOrderId"), echoed("referenceNumber"), echoed("salesCode"), echoed("orderRemark"),
            echoed("deliveryInstruction"), echoed("servicePointCode"), echoed("freeText1"), echoed("freeText2"), echoed("freeText3"),
            echoed("orderType"), echoed("wayOfDelivery"),
            ("deliveryDate", .time(order.deliveryDate)), ("createdDate", .time(order.createdDate)), ("shippedTime", .time(order.shippedTime)),
            ("wayBill", .string(order.wayBill ?? "")), ("returnWayBill", .string("")),
            ("orderStatus", status),
            echoed("emailNotification"), echoed("smsNotification"), echoed("telephoneNotification"),
            ("orderedNumberOfItems", .decimal(order.lines.reduce(0) { $0 + $1.ordered })),
            ("allocatedNumberOfItems", .decimal(order.lines.reduce(0) { $0 + $1.allocated })),
            ("pickedNumberOfItems", .decimal(order.lines.reduce(0) { $0 + $1.picked })),
            echoed("customsInfo"), echoed("termsOfDeliveryType"), echoed("consigneeOrderNumber"), echoed("warehouseInstruction"),
        ])
        let parcels: [OngoingJSONValue] = order.parcelIds.map { id in
            .object([("id", .integer(id)), ("parcelNumber", .string(order.wayBill ?? "")), ("isReturnParcel", .bool(false))])
        }
        let tracking: [OngoingJSONValue] = order.wayBill.map { wayBill in
            [.object([("waybill", .string(wayBill)), ("trackingUrl", .string("https://tracking.example/\(wayBill)")), ("created", .time(order.shippedTime))])]
        } ?? []
        return .object([
            ("goodsOwner", goodsOwner(order.goodsOwnerId)),
            ("orderInfo", info),
            ("consignee", order.consignee),
            ("parcels", .array(parcels)),
            ("orderLines", .array(order.lines.map { line($0, article: articles[$0.articleSystemId]) })),
            ("transporter", order.transporter),
            ("returnTransporter", order.returnTransporter),
            ("tracking", .array(tracking)),
        ])
    }

    private func line(_ line: SandboxOrderLine, article: SandboxArticle?) -> OngoingJSONValue {
        let fields = Dictionary(OngoingFieldSchema.orderLine.render(line.fields), uniquingKeysWith: { first, _ in first })
        var picked: [OngoingJSONValue] = []
        if let itemId = line.pickedItemId, line.picked > 0 {
            picked.append(.object([
                ("articleItemId", .integer(itemId)), ("numberOfItems", .decimal(line.picked)),
                ("inDate", .time(article?.lastInDate ?? line.pickedTime)), ("serial", fields["serialNumber"] ?? .string("")),
                ("caseNumber", .string("")), ("batchNumber", fields["batchNumber"] ?? .string("")), ("container", .string("")),
                ("comment", .string("")), ("weight", .null), ("volume", .null), ("isPicked", .bool(true)), ("isReturned", .bool(false)),
                ("expiryDate", .null), ("returnDate", .null), ("pickedTime", .time(line.pickedTime)), ("returnCause", .null),
                ("location", .string("A\(10 + line.articleSystemId % 40)")), ("locationTypeCode", .string("")),
                ("articleItemStatus", .null), ("freeText1", .string("")),
            ]))
        }
        return .object([
            ("id", .integer(line.id)), ("rowNumber", .string(line.rowNumber)),
            ("article", .object([
                ("articleSystemId", .integer(line.articleSystemId)), ("articleNumber", .string(article?.articleNumber ?? "")),
                ("articleName", .string(article?.name ?? "")), ("productCode", .string(article?.fields["productCode"]?.text ?? "")),
            ])),
            ("comment", fields["comment"] ?? .string("")),
            ("orderedNumberOfItems", .decimal(line.ordered)), ("allocatedNumberOfItems", .decimal(line.allocated)),
            ("pickedNumberOfItems", .decimal(line.picked)), ("reportedNumberOfItems", .decimal(line.reported)),
            ("shouldBePicked", .bool(line.shouldBePicked)),
            ("pickedArticleItems", .array(picked)), ("subOrderLines", .null),
            ("serialNumber", fields["serialNumber"] ?? .string("")), ("lineTotalCustomsValue", fields["lineTotalCustomsValue"] ?? .decimal(0)),
        ])
    }

    /// The answer of `GET /inventoryAdjustments`: the adjustments grouped by article.
    func adjustments(_ adjustments: [SandboxAdjustment], articles: [Int: SandboxArticle], goodsOwnerId: Int) -> OngoingJSONValue {
        var order: [Int] = []
        var grouped: [Int: [SandboxAdjustment]] = [:]
        for adjustment in adjustments where articles[adjustment.articleSystemId]?.goodsOwnerId == goodsOwnerId {
            if grouped[adjustment.articleSystemId] == nil { order.append(adjustment.articleSystemId) }
            grouped[adjustment.articleSystemId, default: []].append(adjustment)
        }
        return .array(order.map { id in
            let article = articles[id]
            return .object([
                ("article", .object([
                    ("articleSystemId", .integer(id)), ("articleNumber", .string(article?.articleNumber ?? "")),
                    ("articleName", .string(article?.name ?? "")), ("productCode", .string(article?.fields["productCode"]?.text ?? "")),
                ])),
                ("inventoryAdjustments", .array((grouped[id] ?? []).map { adjustment in
                    .object([
                        ("inventoryId", .integer(adjustment.inventoryId)), ("numberOfItems", .decimal(adjustment.numberOfItems)),
                        ("inventoryTime", .time(adjustment.time)), ("articleItemComment", .string("")),
                        ("inventoryItemComment", .string(adjustment.comment)), ("inventoryAdjustmentCause", .null),
                        ("location", .string("A\(10 + id % 40)")), ("batchNumber", .string("")), ("serial", .string("")),
                        ("articleItemStatus", .null), ("expiryDate", .null),
                    ])
                })),
            ])
        })
    }

    /// The answer of `GET /orders/statuses`.
    func statuses() -> OngoingJSONValue {
        .object([("orderStatuses", .array(OngoingStatusCatalogue.list(localised: localisedStatuses).map {
            .object([("number", .integer($0.number)), ("text", .string($0.text))])
        }))])
    }
}
