import Foundation

/// Filters of `GET /orders` as the sandbox applies them.
struct OrderFilter: Sendable {
    var orderNumbers: [String] = []
    var idFrom: Int?
    var maxCount: Int?
    var shippedTimeFrom: Date?
    var shippedTimeTo: Date?
    var orderStatusFrom: Int?
    var orderStatusTo: Int?
    var onlyOrdersWithOrderLinesToReport = false
    var orderStatusChangedTimeFrom: Date?
    var orderUpdatedTimeFrom: Date?
    var orderCreatedTimeFrom: Date?
    var orderCreatedTimeTo: Date?
    var lastPickingTimeFrom: Date?

    func matches(_ order: SandboxOrder) -> Bool {
        if let from = orderStatusFrom, order.status < from { return false }
        if let to = orderStatusTo, order.status > to { return false }
        if shippedTimeFrom != nil || shippedTimeTo != nil {
            guard let shipped = order.shippedTime else { return false }
            if let from = shippedTimeFrom, shipped < from { return false }
            if let to = shippedTimeTo, shipped > to { return false }
        }
        if onlyOrdersWithOrderLinesToReport, !order.hasLinesToReport { return false }
        if let from = orderStatusChangedTimeFrom, order.statusChangedAt < from { return false }
        if let from = orderUpdatedTimeFrom, order.updatedAt < from { return false }
        if let from = orderCreatedTimeFrom, order.createdDate < from { return false }
        if let to = orderCreatedTimeTo, order.createdDate > to { return false }
        if let from = lastPickingTimeFrom {
            guard let picked = order.lastPickingTime, picked >= from else { return false }
        }
        return true
    }
}

/// Orders: upsert by number with the refusal once picking started, cancel, report, search.
extension OngoingWarehouse {
    /// `PUT /orders`: creates (201) or updates (200) the order named in `body`.
    mutating func putOrder(_ body: OngoingJSONValue, goodsOwnerId: Int, now: Date) throws(OngoingSandboxFailure) -> (id: Int, created: Bool, message: String) {
        guard let number = body["orderNumber"]?.text, !number.isEmpty else { throw .badRequest("orderNumber is required.") }
        let key = NumberKey(goodsOwnerId: goodsOwnerId, number: number)
        orderPutCounts[key, default: 0] += 1
        guard let deliveryText = body["deliveryDate"]?.text else { throw .badRequest("deliveryDate is required.") }
        guard let deliveryDate = OngoingWireTime.parse(deliveryText) else {
            throw .badRequest("The value '\(deliveryText)' is not valid for deliveryDate.")
        }
        guard let consigneeBody = body["consignee"], case .object = consigneeBody else { throw .badRequest("consignee is required.") }
        let header = try OngoingFieldSchema.orderHeader.read(body)
        let consignee = try OngoingFieldSchema.consignee.read(consigneeBody)
        let lines = try readLines(body["orderLines"], goodsOwnerId: goodsOwnerId)

        if let existing = order(number: number, goodsOwnerId: goodsOwnerId) {
            if existing.status == OngoingStatusCatalogue.cancelled {
                throw .badRequest("Order \(number) is cancelled and cannot be updated.")
            }
            if existing.warehouseHasStarted {
                let text = OngoingStatusCatalogue.text(of: existing.status, localised: localisedStatuses)
                throw .badRequest("Order \(number) cannot be updated since the warehouse has started working on it (status \(existing.status) \(text)).")
            }
            let lineIds = Dictionary(existing.lines.map { ($0.rowNumber, $0.id) }, uniquingKeysWith: { first, _ in first })
            var newLines: [SandboxOrderLine] = []
            for line in lines {
                newLines.append(line.withId(lineIds[line.rowNumber] ?? makeLineId()))
            }
            modifyOrder(existing.orderId, now: now) { order in
                order.header = header
                order.consignee = .object(OngoingFieldSchema.consignee.render(consignee))
                order.transporter = OngoingTransporters.describe(body["transporter"])
                order.returnTransporter = OngoingTransporters.describe(body["returnTransporter"])
                order.deliveryDate = deliveryDate
                order.lines = newLines
            }
            return (existing.orderId, false, "Order number \(number) created/updated")
        }
        var newLines: [SandboxOrderLine] = []
        for line in lines { newLines.append(line.withId(makeLineId())) }
        let id = insertOrder({ id in
            SandboxOrder(orderId: id, goodsOwnerId: goodsOwnerId, orderNumber: number, status: OngoingStatusCatalogue.open,
                         header: header, consignee: .object(OngoingFieldSchema.consignee.render(consignee)),
                         transporter: OngoingTransporters.describe(body["transporter"]),
                         returnTransporter: OngoingTransporters.describe(body["returnTransporter"]),
                         deliveryDate: deliveryDate, lines: newLines, createdDate: now, updatedAt: now, statusChangedAt: now)
        }, now: now)
        return (id, true, "Order number \(number) created/updated")
    }

    /// A validated order line before it has an id.
    struct LineDraft {
        let rowNumber: String
        let articleSystemId: Int
        let ordered: Decimal
        let fields: [String: OngoingJSONValue]
        let shouldBePicked: Bool

        func withId(_ id: Int) -> SandboxOrderLine {
            SandboxOrderLine(id: id, rowNumber: rowNumber, articleSystemId: articleSystemId, ordered: ordered,
                             fields: fields, shouldBePicked: shouldBePicked)
        }
    }

    private func readLines(_ value: OngoingJSONValue?, goodsOwnerId: Int) throws(OngoingSandboxFailure) -> [LineDraft] {
        guard let value, !value.isNull else { return [] }
        guard case .array(let items) = value else { throw .badRequest("The value for 'orderLines' is not valid.") }
        var drafts: [LineDraft] = []
        var rowNumbers: Set<String> = []
        for item in items {
            guard let rowNumber = item["rowNumber"]?.text, !rowNumber.isEmpty else { throw .badRequest("rowNumber is required on every order line.") }
            guard rowNumbers.insert(rowNumber).inserted else { throw .badRequest("Row number \(rowNumber) occurs more than once.") }
            guard let articleNumber = item["articleNumber"]?.text, !articleNumber.isEmpty else {
                throw .badRequest("articleNumber is required on order line \(rowNumber).")
            }
            guard let article = article(number: articleNumber, goodsOwnerId: goodsOwnerId) else {
                throw .badRequest("Article \(articleNumber) on order line \(rowNumber) does not exist.")
            }
            guard let ordered = item["numberOfItems"]?.number, ordered >= 0 else {
                throw .badRequest("numberOfItems on order line \(rowNumber) is not valid.")
            }
            drafts.append(LineDraft(rowNumber: rowNumber, articleSystemId: article.articleSystemId, ordered: ordered,
                                    fields: try OngoingFieldSchema.orderLine.read(item), shouldBePicked: item["shouldBePicked"]?.flag ?? true))
        }
        return drafts
    }

    /// `DELETE /orders/{id}`: cancels the order unless the warehouse has started on it.
    mutating func cancelOrder(id: Int, goodsOwnerId: Int, now: Date) throws(OngoingSandboxFailure) -> String {
        guard let order = orders[id], order.goodsOwnerId == goodsOwnerId else { throw .notFound("Order \(id) was not found.") }
        if order.status == OngoingStatusCatalogue.cancelled { throw .badRequest("Order \(order.orderNumber) has already been cancelled.") }
        if order.warehouseHasStarted {
            throw .badRequest("Order \(order.orderNumber) cannot be cancelled since the warehouse has started working on it (status \(order.status)).")
        }
        modifyOrder(id, now: now) { $0.status = OngoingStatusCatalogue.cancelled }
        return "Order \(order.orderNumber) cancelled."
    }

    /// `PATCH /orders/{id}/setReportedNumberOfItemsToPickedNumberOfItems`.
    mutating func reportPicked(orderId id: Int, goodsOwnerId: Int, now: Date) throws(OngoingSandboxFailure) -> String {
        guard let order = orders[id], order.goodsOwnerId == goodsOwnerId else { throw .notFound("Order \(id) was not found.") }
        modifyOrder(id, now: now) { order in
            for index in order.lines.indices { order.lines[index].reported = order.lines[index].picked }
        }
        return "Reported number of items set to picked number of items on order \(order.orderNumber)."
    }

    /// `GET /orders`: the matching orders of `goodsOwnerId` in ascending id order.
    func findOrders(goodsOwnerId: Int, filter: OrderFilter) -> [SandboxOrder] {
        let limit = filter.maxCount ?? Int.max
        guard limit > 0 else { return [] }
        let candidates: ArraySlice<Int>
        if filter.orderNumbers.isEmpty {
            let ids = orderIds[goodsOwnerId] ?? []
            candidates = ids[ids.firstIndex(notBelow: filter.idFrom ?? Int.min)...]
        } else {
            let ids = Set(filter.orderNumbers.compactMap { orderIdByNumber[NumberKey(goodsOwnerId: goodsOwnerId, number: $0)] })
            candidates = ArraySlice(ids.filter { $0 >= filter.idFrom ?? Int.min }.sorted())
        }
        var result: [SandboxOrder] = []
        for id in candidates {
            guard let order = orders[id], filter.matches(order) else { continue }
            result.append(order)
            if result.count == limit { break }
        }
        return result
    }
}
