import Foundation

/// An order of the Ongoing sandbox as tests see it.
public struct OngoingSandboxOrder: Sendable, Equatable {
    public let orderId: Int
    public let orderNumber: String
    public let goodsOwnerId: Int
    /// The status number.
    public let status: Int
    public let shippedTime: Date?
    public let lines: [Line]

    /// One line with its quantities.
    public struct Line: Sendable, Equatable {
        public let id: Int
        public let rowNumber: String
        public let articleNumber: String
        public let ordered: Decimal
        public let allocated: Decimal
        public let picked: Decimal
        public let reported: Decimal?
    }
}

/// An article of the Ongoing sandbox with its stock figures, as tests see it.
public struct OngoingSandboxArticle: Sendable, Equatable {
    public let articleSystemId: Int
    public let articleNumber: String
    public let goodsOwnerId: Int
    public let name: String
    /// Physical stock.
    public let numberOfItems: Decimal
    /// Physical stock less open-order demand.
    public let sellableNumberOfItems: Decimal
    /// Ordered, not yet picked.
    public let bookedNumberOfItems: Decimal
    /// Last change of any stock figure.
    public let stockChangedAt: Date
}

extension OngoingSandboxOrder {
    init(_ order: SandboxOrder, articles: [Int: SandboxArticle]) {
        self.init(orderId: order.orderId, orderNumber: order.orderNumber, goodsOwnerId: order.goodsOwnerId, status: order.status,
                  shippedTime: order.shippedTime, lines: order.lines.map { line in
                      Line(id: line.id, rowNumber: line.rowNumber, articleNumber: articles[line.articleSystemId]?.articleNumber ?? "",
                           ordered: line.ordered, allocated: line.allocated, picked: line.picked, reported: line.reported)
                  })
    }
}

extension OngoingSandboxArticle {
    init(_ article: SandboxArticle) {
        self.init(articleSystemId: article.articleSystemId, articleNumber: article.articleNumber, goodsOwnerId: article.goodsOwnerId,
                  name: article.name, numberOfItems: article.numberOfItems, sellableNumberOfItems: article.sellableNumberOfItems,
                  bookedNumberOfItems: article.demand.booked, stockChangedAt: article.stockChangedAt)
    }
}
