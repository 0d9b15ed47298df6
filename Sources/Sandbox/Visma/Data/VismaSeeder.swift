import Foundation

/// Creates the sandbox company's initial data, deterministically from the seed: the same
/// options always give the same articles, customers and orders (timestamps are relative to
/// the options' reference date). Linear in the counts, so 10,000 articles take moments.
enum VismaSeeder {
    static func company(_ options: VismaSandbox.Options, referenceDate: Date) -> VismaCompany.State {
        var random = SeededGenerator(seed: options.seed)
        var state = VismaCompany.State(settings: settings(options), stockModuleActive: options.stockModuleActive,
                                       random: SeededGenerator(seed: options.seed ^ 0xAC71_F17E))
        let reference = VismaTimestamp.truncated(referenceDate).timeIntervalSince1970.rounded(.down)
        func past(maximumDays: Int) -> Date {
            Date(timeIntervalSince1970: reference - Double(Int.random(in: 60...(maximumDays * 86_400), using: &random)))
        }

        var previousChange: Date?
        for index in 0..<options.articleCount {
            let kind: VismaRecordFactory.ArticleKind = index % 12 == 11 ? .service : index % 17 == 16 ? .bulk : .goods
            let created = past(maximumDays: 400)
            var changed = Date(timeIntervalSince1970: min(reference, created.timeIntervalSince1970 + Double(Int.random(in: 0...(30 * 86_400), using: &random))))
            // Every tenth article shares its predecessor's change time, as a batch import does.
            if index % 10 == 9, let previousChange { changed = max(previousChange, created) }
            previousChange = changed
            let number = kind == .service ? "SRV-\(10_000 + index)" : "ART-\(10_000 + index)"
            state.store(article: VismaRecordFactory.article(id: VismaRecordFactory.id(&random), number: number, kind: kind,
                                                            created: created, changed: changed,
                                                            stockModuleActive: options.stockModuleActive, &random))
        }

        for index in 0..<options.customerCount {
            let record = VismaRecordFactory.customer(id: VismaRecordFactory.id(&random), number: 1001 + index,
                                                     changed: past(maximumDays: 200), &random)
            state.customers[record["Id"]!.string!] = record
        }

        let goods = state.articles.ordered.filter { $0["IsServiceArticle"]?.bool == false && $0["IsActive"]?.bool == true }
        let services = state.articles.ordered.filter { $0["IsServiceArticle"]?.bool == true }
        let customers = state.customers.ordered
        guard !goods.isEmpty, !customers.isEmpty else { return state }
        var orderTimes = (0..<options.orderCount).map { _ in past(maximumDays: 30) }
        orderTimes.sort()
        for created in orderTimes {
            let roll = Int.random(in: 0..<20, using: &random)
            let status = roll < 2 ? 1 : roll < 13 ? 2 : roll < 18 ? 3 : 4
            let modified = Date(timeIntervalSince1970: min(reference, created.timeIntervalSince1970 + Double(Int.random(in: 0...86_400, using: &random))))
            let rows = orderRows(goods: goods, services: services, shipped: status >= 3, &random)
            let record = VismaRecordFactory.order(id: VismaRecordFactory.id(&random), number: state.nextOrderNumber,
                                                  customer: customers.randomElement(using: &random)!, status: status,
                                                  created: created, modified: modified, rows: rows, &random)
            state.nextOrderNumber += 1
            state.store(order: record)
        }
        return state
    }

    /// One to six rows: goods (some with 4-decimal bulk quantities), now and then a service
    /// row or a text row. Shipped orders have delivered quantities, a few of them short.
    static func orderRows(goods: [[String: VismaJSON]], services: [[String: VismaJSON]], shipped: Bool,
                          _ random: inout SeededGenerator) -> [[String: VismaJSON]] {
        var rows: [[String: VismaJSON]] = []
        for line in 1...Int.random(in: 1...6, using: &random) {
            let roll = Int.random(in: 0..<12, using: &random)
            let id = VismaRecordFactory.id(&random)
            if roll == 0 {
                rows.append(VismaRecordFactory.row(id: id, lineNumber: line, article: nil,
                                                   text: VismaSeedVocabulary.textRows.randomElement(using: &random), quantity: 0, delivered: 0))
                continue
            }
            let article = roll == 1 && !services.isEmpty ? services.randomElement(using: &random)! : goods.randomElement(using: &random)!
            let isBulk = article["UnitAbbreviation"]?.string == "kg"
            let quantity = isBulk ? Decimal(Int.random(in: 1_000...250_000, using: &random)) / 10_000 : Decimal(Int.random(in: 1...12, using: &random))
            var delivered: Decimal = 0
            if shipped {
                delivered = quantity.roundedSandbox(scale: 2)
                if Int.random(in: 0..<6, using: &random) == 0, delivered >= 1 { delivered -= 1 }
            }
            rows.append(VismaRecordFactory.row(id: id, lineNumber: line, article: article, text: nil, quantity: quantity, delivered: delivered))
        }
        return rows
    }

    private static func settings(_ options: VismaSandbox.Options) -> [String: VismaJSON] {
        [
            "Name": .string(options.companyName), "Email": .string("info@example.se"), "Phone": .string("+46 31 123 45 67"),
            "MobilePhone": .null, "Address1": .string("Industrivägen 1"), "Address2": .null, "CountryCode": .string("SE"),
            "PostalCode": .string("41101"), "City": .string("Göteborg"), "Website": .null, "OurReference": .string("Lager"),
            "CurrencyCode": .string("SEK"), "TermsOfPaymentId": .string(VismaRecordFactory.termsOfPaymentID),
            "CorporateIdentityNumber": .string("556677-8899"), "VatCode": .string("SE556677889901"),
            "AccountNumberDigits": .number(4), "AccountingLockedTo": .string("2025-12-31T00:00:00"),
            "AccountingLockInterval": .number(0), "ProductVariant": .number(2), "TypeOfBusiness": .number(1),
            "VatPeriod": .number(3), "NextCustomerNumber": .number(Decimal(1001 + options.customerCount)),
            "NextSupplierNumber": .number(1), "NextCustomerInvoiceNumber": .number(1), "NextQuoteNumber": .number(1),
            "NextOrderNumber": .number(Decimal(1001 + options.orderCount)), "NextArticleNumber": .null,
            "ShowPricesExclVatPC": .bool(true), "ShowContributionMargin": .bool(false), "HasProportionalVatEnabled": .bool(false),
            "UsesCostCenter": .bool(false), "UsesProject": .bool(false), "UsesMoss": .bool(false),
            "UsesPaymentReferenceNumber": .bool(false), "DomesticCurrencyRounding": .number(0),
            "UsesReverseConstructionVat": .bool(false), "UsesRotReducedInvoicing": .bool(false), "CompanyStatus": .number(1),
            "UsePaymentFilesForOutgoingPayments": .bool(false), "ShowCostCenterReminder": .bool(false),
            "ShowProjectReminder": .bool(false), "UsesGreenTechnology": .bool(false), "UsesVatTriangulationRules": .bool(false),
            "VismaWebshopStatus": .number(0), "UsesTransactionText": .bool(false), "InvoicePrintSettingsType": .number(0),
        ]
    }
}
