import Foundation
import OngoingWMS

/// Small request bodies for tests.
enum OngoingFactories {
    /// An article body for goods owner 159.
    static func article(_ number: String, name: String = "Test article", goodsOwnerId: Int = 159) -> PostArticleModel {
        var article = PostArticleModel(goodsOwnerId: goodsOwnerId, articleNumber: number, articleName: name)
        article.unitCode = "st"
        return article
    }

    /// An order body for goods owner 159 with one line per `(article, quantity)`.
    static func order(_ number: String, lines: [(String, Decimal)], goodsOwnerId: Int = 159) -> PostOrderModel {
        var consignee = OrderConsignee(customerNumber: "C-1", name: "Acme AB")
        consignee.address1 = "Storgatan 1"
        consignee.postCode = "11122"
        consignee.city = "Stockholm"
        consignee.countryCode = "SE"
        let orderLines = lines.enumerated().map { index, line in
            PostOrderLine(rowNumber: String(index + 1), articleNumber: line.0, numberOfItems: line.1)
        }
        return PostOrderModel(goodsOwnerId: goodsOwnerId, orderNumber: number, deliveryDate: Date(timeIntervalSince1970: 1_767_225_600),
                              consignee: consignee, orderLines: orderLines)
    }
}
