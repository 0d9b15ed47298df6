import Foundation
import OngoingWMS

/// The ``Warehouse`` port over the real Ongoing WMS client.
public struct OngoingWarehouse: Warehouse {
    let client: OngoingClient

    /// Wraps `client`.
    public init(client: OngoingClient) {
        self.client = client
    }

    private var goodsOwnerID: Int { client.configuration.goodsOwnerId }

    public func statuses() throws -> [WarehouseStatus] {
        try translating { try client.orderStatuses().map { WarehouseStatus(number: $0.number, text: $0.text ?? "") } }
    }

    public func upsertArticle(_ article: WarehouseArticle) throws -> Int? {
        var model = PostArticleModel(goodsOwnerId: goodsOwnerID, articleNumber: article.articleNumber, articleName: article.name)
        model.unitCode = article.unitCode
        model.isStockArticle = true
        model.isActive = article.isActive
        model.barCodeInfo = article.barcode.map { ArticleBarCodeInfo(barCode: $0) }
        model.purchasePrice = article.purchasePrice
        model.customerPrice = article.customerPrice
        model.description = article.description
        return try translating { try client.upsertArticle(model).articleSystemId }
    }

    public func upsertOrder(_ order: WarehouseOrderDraft) throws -> Int {
        var consignee = OrderConsignee(customerNumber: order.consignee.customerNumber, name: order.consignee.name)
        consignee.address1 = order.consignee.address1
        consignee.address2 = order.consignee.address2
        consignee.postCode = order.consignee.postCode
        consignee.city = order.consignee.city
        consignee.countryCode = order.consignee.countryCode
        let lines = order.lines.map { PostOrderLine(rowNumber: $0.rowNumber, articleNumber: $0.articleNumber, numberOfItems: $0.quantity, comment: $0.comment) }
        var model = PostOrderModel(goodsOwnerId: goodsOwnerID, orderNumber: order.orderNumber, deliveryDate: order.deliveryDate,
                                   consignee: consignee, orderLines: lines)
        model.goodsOwnerOrderId = order.goodsOwnerOrderID
        model.referenceNumber = order.referenceNumber
        model.orderRemark = order.orderRemark
        if order.wayOfDeliveryCode != nil || order.wayOfDeliveryName != nil {
            model.wayOfDelivery = OngoingCodeName(code: order.wayOfDeliveryCode, name: order.wayOfDeliveryName)
        }
        if order.termsOfDeliveryCode != nil || order.termsOfDeliveryName != nil {
            model.termsOfDeliveryType = OngoingCodeName(code: order.termsOfDeliveryCode, name: order.termsOfDeliveryName)
        }
        // Contact data travels with the order without asking the warehouse to notify anyone.
        model.emailNotification = order.consignee.email.map { OngoingNotification(toBeNotified: false, value: $0) }
        model.smsNotification = order.consignee.mobile.map { OngoingNotification(toBeNotified: false, value: $0) }
        model.telephoneNotification = order.consignee.phone.map { OngoingNotification(toBeNotified: false, value: $0) }
        return try translating { try client.upsertOrder(model).orderId }
    }

    public func order(number: String) throws -> WarehouseOrderState? {
        try translating { try client.order(number: number).flatMap(Self.state) }
    }

    public func ordersWithStatusChanges(since: Date?, fromOrderID: Int, max: Int) throws -> [WarehouseOrderState] {
        try translating {
            try client.orderPage(OrderQuery(orderStatusChangedTimeFrom: since), from: fromOrderID, pageSize: max).items.compactMap(Self.state)
        }
    }

    public func ordersToReport(shippedStatus: Int, fromOrderID: Int, max: Int) throws -> [WarehouseOrderState] {
        try translating {
            try client.orderPage(OrderQuery(orderStatusFrom: shippedStatus, onlyOrdersWithOrderLinesToReport: true), from: fromOrderID, pageSize: max)
                .items.compactMap(Self.state)
        }
    }

    public func cancelOrder(id: Int) throws {
        try translating { _ = try client.cancelOrder(id: id) }
    }

    public func markReported(orderID: Int) throws {
        try translating { try client.markPickedItemsReported(orderId: orderID) }
    }

    public func stock(changedSince: Date?, fromArticleSystemID: Int, max: Int) throws -> [WarehouseStock] {
        try translating {
            try client.articlePage(ArticleQuery(stockInfoChangedFrom: changedSince), from: fromArticleSystemID, pageSize: max).items.compactMap { article in
                guard let id = article.articleSystemId, let number = article.articleNumber else { return nil }
                let inventory = article.inventoryInfo
                return WarehouseStock(articleSystemID: id, articleNumber: number,
                                      physical: inventory?.numberOfItems ?? 0, sellable: inventory?.sellableNumberOfItems ?? 0)
            }
        }
    }

    static func state(_ model: GetOrderModel) -> WarehouseOrderState? {
        guard let info = model.orderInfo, let id = info.orderId, let number = info.orderNumber else { return nil }
        let lines = (model.orderLines ?? []).map { line in
            WarehouseOrderLineState(rowNumber: line.rowNumber ?? "", articleNumber: line.article?.articleNumber,
                                    ordered: line.orderedNumberOfItems ?? 0, allocated: line.allocatedNumberOfItems ?? 0,
                                    picked: line.pickedNumberOfItems ?? 0, reported: line.reportedNumberOfItems)
        }
        return WarehouseOrderState(orderID: id, orderNumber: number, status: info.orderStatus?.number ?? 0, shippedAt: info.shippedTime, lines: lines)
    }

    private func translating<T>(_ call: () throws -> T) throws -> T {
        do {
            return try call()
        } catch let error as OngoingError {
            switch error.kind {
            case .authentication: throw SyncFailure(.authentication, "Ongoing refused the API user: \(error.description)")
            case .permanent: throw SyncFailure(.rejected, error.serverMessage ?? error.description)
            case .transient: throw SyncFailure(.transient, "Ongoing: \(error.description)", retryAfter: error.retryAfter)
            }
        }
    }
}
