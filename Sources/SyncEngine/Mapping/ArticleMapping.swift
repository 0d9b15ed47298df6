import Foundation

/// Turns a Visma article into the Ongoing article ovsync writes, or says why it cannot.
enum ArticleMapping {
    /// Why an article is not sent.
    enum Outcome: Equatable {
        case send(WarehouseArticle)
        /// Not a warehouse item (service article): skipped, not an error.
        case skip(String)
        /// Cannot be sent as it is: parked with this reason.
        case invalid(String)
    }

    /// Maps `article`, including the `additional` fields switched on in the settings.
    static func map(_ article: SourceArticle, additional: [AdditionalArticleField]) -> Outcome {
        if article.isService { return .skip("service article, not stocked in the warehouse") }
        let number = article.number.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { return .invalid("article \(article.id) has no article number") }
        guard number.count <= 40 else { return .invalid("article number \"\(number)\" is longer than 40 characters") }
        let name = article.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .invalid("article \(number) has no name") }
        var mapped = WarehouseArticle(
            articleNumber: number,
            name: name,
            unitCode: article.unit,
            barcode: article.barcode.flatMap { $0.isEmpty ? nil : $0 },
            isActive: article.isActive,
            purchasePrice: article.purchasePrice,
            customerPrice: article.netPrice
        )
        for field in additional {
            switch field {
            case .nameEnglish: mapped.articleNameEnglish = article.nameEnglish
            case .grossPrice: mapped.customerPrice = article.grossPrice ?? article.netPrice
            case .stockLocation: mapped.stockLocation = article.stockLocation
            case .note: mapped.description = article.note
            }
        }
        return .send(mapped)
    }
}
