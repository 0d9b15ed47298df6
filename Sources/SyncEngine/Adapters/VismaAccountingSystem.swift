import Foundation
import VismaEAccounting

/// The ``AccountingSystem`` port over the real Visma eAccounting client.
public struct VismaAccountingSystem: AccountingSystem {
    let client: VismaClient
    /// Items per list page.
    var pageSize: Int
    /// Articles as the last listing returned them, so a stock write right after a listing
    /// needs no extra read.
    private let recentArticles: RecentArticles

    /// Wraps `client`. A listed article is reused for a full-replace PUT for `articleReuse`
    /// seconds; after that it is read again first, keeping the lost-update window short.
    public init(client: VismaClient, pageSize: Int = VismaClient.defaultPageSize, articleReuse: TimeInterval = 60) {
        self.client = client
        self.pageSize = pageSize
        recentArticles = RecentArticles(maximumAge: articleReuse)
    }

    public func company() throws -> CompanyInfo {
        try translating {
            let settings = try client.companySettings()
            return CompanyInfo(name: settings.name, stockModuleActive: settings.stockModuleActive)
        }
    }

    public func articles(changedSince: Date?, page: Int) throws -> SourcePage<SourceArticle> {
        try translating {
            let result = try client.page(.articles, filter: changedSince.map(VismaFilter.changed(after:)), page: page, pageSize: pageSize)
            recentArticles.remember(result.items)
            return SourcePage(items: result.items.compactMap(Self.article), page: page,
                              totalPages: result.meta.totalNumberOfPages, serverTime: result.meta.serverTimeUtc)
        }
    }

    public func orders(modifiedSince: Date?, status: SourceOrderStatus?, page: Int) throws -> SourcePage<SourceOrder> {
        let clauses = [status.flatMap { VismaOrderStatus(rawValue: $0.rawValue) }.map(VismaFilter.status),
                       modifiedSince.map(VismaFilter.modified(after:))].compactMap { $0 }
        let filter = clauses.dropFirst().reduce(clauses.first) { $0?.and($1) }
        return try translating {
            let result = try client.page(.orders, filter: filter, page: page, pageSize: pageSize)
            return SourcePage(items: result.items.compactMap(Self.order), page: page,
                              totalPages: result.meta.totalNumberOfPages, serverTime: result.meta.serverTimeUtc)
        }
    }

    public func order(id: String) throws -> SourceOrder? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try translatingMissing { try client.order(id: uuid) }.flatMap(Self.order)
    }

    public func customerContact(id: String) throws -> CustomerContact? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        guard let customer = try translatingMissing({ try client.customer(id: uuid) }) else { return nil }
        let invoice = customer.invoiceAddress
        return CustomerContact(
            email: customer.email,
            phone: [customer.contactPersonPhone, customer.telephone].compactMap { $0 }.first { !$0.isEmpty },
            mobile: [customer.contactPersonMobile, customer.mobilePhone].compactMap { $0 }.first { !$0.isEmpty },
            delivery: Self.address(customer.deliveryAddress),
            invoice: Self.address(invoice)
        )
    }

    public func writeDeliveredQuantities(orderID: String, quantities: [Int: Decimal]) throws -> DeliveryWrite {
        guard let uuid = UUID(uuidString: orderID) else { return .notFound }
        guard var order = try translatingMissing({ try client.order(id: uuid) }) else { return .notFound }
        if order.status == .shipped || order.status == .invoiced { return .alreadyShipped }
        for (line, quantity) in quantities { order.setDeliveredQuantity(quantity, lineNumber: line) }
        _ = try translating { try client.updateOrder(order) }
        return .written
    }

    public func completeOrder(id: String) throws {
        guard let uuid = UUID(uuidString: id) else { throw SyncFailure(.rejected, "\(id) is not a Visma order id") }
        _ = try translating { try client.completeOrder(id: uuid) }
    }

    public func createBackorder(orderID: String) throws {
        guard let uuid = UUID(uuidString: orderID) else { throw SyncFailure(.rejected, "\(orderID) is not a Visma order id") }
        _ = try translating { try client.createBackorder(id: uuid) }
    }

    public func setStockBalance(articleID: String, balance: Decimal) throws -> StockWrite {
        guard let uuid = UUID(uuidString: articleID) else { return .notFound }
        let listed = recentArticles.take(articleID)
        guard var article = try listed ?? translatingMissing({ try client.article(id: uuid) }) else { return .notFound }
        let previous = article.json.decimal("StockBalance")
        if previous?.rounded(scale: 2) == balance.rounded(scale: 2) { return .unchanged }
        article.stockBalance = balance
        _ = try translating { try client.updateArticle(article) }
        return .written(previous: previous)
    }

    static func article(_ article: VismaArticle) -> SourceArticle? {
        guard let id = article.id else { return nil }
        return SourceArticle(
            id: id.uuidString.lowercased(), number: article.number, name: article.name, nameEnglish: article.nameEnglish,
            unit: article.unitAbbreviation ?? article.unitName, barcode: article.barcode, isActive: article.isActive,
            isService: article.isServiceArticle, purchasePrice: article.purchasePrice, netPrice: article.netPrice,
            grossPrice: article.grossPrice, stockLocation: article.stockLocationReference, note: article.json.string("Note"),
            stockBalance: article.json.decimal("StockBalance"), changedAt: article.changedUtc
        )
    }

    static func order(_ order: VismaOrder) -> SourceOrder? {
        guard let id = order.id, let number = order.number, let status = order.status.flatMap({ SourceOrderStatus(rawValue: $0.rawValue) }) else { return nil }
        return SourceOrder(
            id: id.uuidString.lowercased(), number: number, status: status, customerID: order.customerId?.uuidString.lowercased(),
            customerNumber: order.customerNumber, customerName: order.customerName, orderDate: order.orderDate,
            deliveryDate: order.deliveryDate, delivery: address(order.deliveryAddress), yourReference: order.yourReference,
            ourReference: order.ourReference, buyersOrderReference: order.buyersOrderReference,
            deliveryMethodCode: order.deliveryMethodCode, deliveryMethodName: order.deliveryMethodName,
            deliveryTermCode: order.deliveryTermCode, deliveryTermName: order.deliveryTermName,
            rows: order.rows.map { row in
                SourceOrderRow(lineNumber: row.lineNumber, articleNumber: row.articleNumber, text: row.text, quantity: row.quantity,
                               deliveredQuantity: row.deliveredQuantity, isTextRow: row.isTextRow, isServiceArticle: row.isServiceArticle)
            },
            modifiedAt: order.modifiedUtc
        )
    }

    static func address(_ address: VismaAddress) -> PostalAddress {
        PostalAddress(name: address.name, address1: address.address1, address2: address.address2,
                      postalCode: address.postalCode, city: address.city, countryCode: address.countryCode)
    }

    /// Runs `call`; a 404 (Visma `ResourceNotFound`) gives nil.
    private func translatingMissing<T>(_ call: () throws -> T) throws -> T? {
        do {
            return try call()
        } catch let error as VismaError where error.status == 404 || error.errorCode == 3000 {
            return nil
        } catch let error as VismaError {
            throw Self.failure(error)
        }
    }

    private func translating<T>(_ call: () throws -> T) throws -> T {
        do {
            return try call()
        } catch let error as VismaError {
            throw Self.failure(error)
        }
    }

    static func failure(_ error: VismaError) -> SyncFailure {
        switch error.classification {
        case .authentication: SyncFailure(.authentication, error.message)
        case .permanent: SyncFailure(.rejected, error.description)
        case .transient: SyncFailure(.transient, "Visma: \(error.message)", retryAfter: error.retryAfter)
        }
    }
}
