import Foundation

/// Builds complete, spec-conforming records (every `ArticleApi`, `OrderApi`, `OrderRowApi`,
/// `CustomerApi` field the sandbox serves), for the seed data, the simulated business and the
/// test helpers alike.
struct VismaRecordFactory {
    /// Fixed ids of the lookups articles refer to.
    static let goodsCodingID = "5b6a1f0e-6c8e-4c39-9c43-2b1f0c6d7a01"
    static let serviceCodingID = "5b6a1f0e-6c8e-4c39-9c43-2b1f0c6d7a02"
    static let pieceUnitID = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01"
    static let hourUnitID = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02"
    static let kilogramUnitID = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e03"
    static let termsOfPaymentID = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a501"
    static let kitchenLabelID = "3f2e1d0c-b9a8-4776-8554-433221100f01"

    /// The kind of article to build.
    enum ArticleKind { case goods, bulk, service }

    /// A new id, deterministic by `random`.
    static func id(_ random: inout SeededGenerator) -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(2) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }

    /// A valid EAN-13 with the Swedish (73) or Finnish (64) prefix.
    static func ean(_ random: inout SeededGenerator) -> String {
        var digits = [7, 3] + (0..<10).map { _ in Int.random(in: 0...9, using: &random) }
        if Bool.random(using: &random) { digits[0] = 6; digits[1] = 4 }
        let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
        return digits.map(String.init).joined() + String((10 - sum % 10) % 10)
    }

    /// A money amount between `range`, 2 decimals.
    static func money(_ range: ClosedRange<Int>, _ random: inout SeededGenerator) -> Decimal {
        Decimal(Int.random(in: range.lowerBound * 100...range.upperBound * 100, using: &random)) / 100
    }

    /// A complete article record.
    static func article(id: String, number: String, kind: ArticleKind, created: Date, changed: Date,
                        stockModuleActive: Bool, _ random: inout SeededGenerator) -> [String: VismaJSON] {
        let name: String, english: String
        switch kind {
        case .goods:
            let item = VismaSeedVocabulary.goods.randomElement(using: &random)!
            let colour = VismaSeedVocabulary.colours.randomElement(using: &random)!
            if Int.random(in: 0..<3, using: &random) == 0 {
                name = "\(item.finnish) \(colour.finnish)"
            } else {
                name = "\(item.swedish) \(colour.swedish)"
            }
            english = "\(item.english), \(colour.english)"
        case .bulk:
            let item = VismaSeedVocabulary.bulkGoods.randomElement(using: &random)!
            (name, english) = (item.swedish, item.english)
        case .service:
            let item = VismaSeedVocabulary.services.randomElement(using: &random)!
            (name, english) = (item.name, item.english)
        }
        let net = money(kind == .service ? 95...950 : 12...1800, &random)
        let purchase = kind == .service ? 0 : (net * Decimal(Int.random(in: 35...65, using: &random)) / 100).roundedSandbox(scale: 2)
        let stock: Decimal = switch kind {
        case .service: 0
        case .bulk: Decimal(Int.random(in: 0...50_000, using: &random)) / 100
        case .goods: Decimal(Int.random(in: 0...400, using: &random))
        }
        let unit = kind == .service ? (hourUnitID, "Timme", "h") : kind == .bulk ? (kilogramUnitID, "Kilogram", "kg") : (pieceUnitID, "Styck", "st")
        let labels: [VismaJSON] = Int.random(in: 0..<4, using: &random) == 0
            ? [.object(["Id": .string(kitchenLabelID), "Name": .string("Kök & hem"), "Description": .string("Husgeråd")])] : []
        return [
            "Id": .string(id), "IsActive": .bool(Int.random(in: 0..<25, using: &random) != 0), "Number": .string(number),
            "Name": .string(name), "NameEnglish": .string(english),
            "NetPrice": .number(net), "NetPriceWithDiscount": .number(net), "GrossPrice": .number((net * 1.25).roundedSandbox(scale: 2)),
            "CodingId": .string(kind == .service ? serviceCodingID : goodsCodingID),
            "CodingName": .string(kind == .service ? "Tjänster 25 %" : "Varor 25 %"),
            "UnitId": .string(unit.0), "UnitName": .string(unit.1), "UnitAbbreviation": .string(unit.2),
            "StockBalance": .number(stock), "StockBalanceManuallyChangedUtc": .null,
            "StockBalanceReserved": .number(0), "StockBalanceAvailable": .number(stock),
            "CreatedUtc": .string(VismaTimestamp.utc(created)), "ChangedUtc": .string(VismaTimestamp.utc(changed)),
            "HouseWorkType": .null, "PurchasePrice": .number(purchase), "PurchasePriceManuallyChangedUtc": .null,
            "SendToWebshop": .bool(true), "UsesMoss": .bool(false), "ArticleLabels": .array(labels),
            "MessageThreads": .array([]), "Notes": .array([]),
            "Note": Int.random(in: 0..<5, using: &random) == 0 ? .string("Leverantör: Småländska Glasbruket — beställ i jämna kartonger.") : .null,
            "IsStock": .bool(stockModuleActive && kind != .service), "ShowStockInformation": .bool(kind != .service),
            "IsServiceArticle": .bool(kind == .service),
            "StockLocationReference": kind == .service ? .null : .string("\(["A", "B", "C", "Ö"].randomElement(using: &random)!)-\(Int.random(in: 1...20, using: &random))-\(Int.random(in: 1...6, using: &random))"),
            "FreightCosts": .number(0), "FreightCostsManuallyChangedUtc": .null, "UpdateStockPrices": .bool(false),
            "Barcodes": .array(kind == .service ? [] : [.object(["Barcode": .string(ean(&random)), "BarcodeType": .number(0)])]),
            "StockValue": .number((stock * purchase).roundedSandbox(scale: 2)), "GreenTechnologyType": .number(0),
            "DiscountPercentage": .number(0), "CurrencyCode": .string("SEK"), "PurchasePriceWithCurrency": .number(purchase),
            "FreightCostWithCurrency": .number(0), "OrderingPoint": .null, "SupplierId": .null, "SupplierArticleNumber": .null,
        ]
    }

    /// A complete customer record with contact data.
    static func customer(id: String, number: Int, changed: Date, _ random: inout SeededGenerator) -> [String: VismaJSON] {
        let finnish = Int.random(in: 0..<3, using: &random) == 0
        let place = (finnish ? VismaSeedVocabulary.finnishPlaces : VismaSeedVocabulary.swedishPlaces).randomElement(using: &random)!
        let isPrivate = Int.random(in: 0..<4, using: &random) == 0
        let first = VismaSeedVocabulary.firstNames.randomElement(using: &random)!
        let last = VismaSeedVocabulary.lastNames.randomElement(using: &random)!
        let name = isPrivate ? "\(first) \(last)" : VismaSeedVocabulary.companyNames.randomElement(using: &random)!
        let mailbox = "\(first).\(last)".lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
        let domain = finnish ? "example.fi" : "example.se"
        let street = "\(place.street) \(Int.random(in: 1...120, using: &random))"
        let mobile = finnish ? "+358 40 \(Int.random(in: 100...999, using: &random)) \(Int.random(in: 1000...9999, using: &random))"
            : "+46 70 \(Int.random(in: 100...999, using: &random)) \(Int.random(in: 10...99, using: &random)) \(Int.random(in: 10...99, using: &random))"
        var record: [String: VismaJSON] = [
            "Id": .string(id), "CustomerNumber": .string(String(number)), "Name": .string(name),
            "IsPrivatePerson": .bool(isPrivate), "IsActive": .bool(true), "TermsOfPaymentId": .string(termsOfPaymentID),
            "InvoiceAddress1": .string(street), "InvoiceAddress2": .null, "InvoicePostalCode": .string(place.postalCode),
            "InvoiceCity": .string(place.city), "InvoiceCountryCode": .string(finnish ? "FI" : "SE"),
            "DeliveryCustomerName": .string(name), "DeliveryAddress1": .string(street), "DeliveryAddress2": .null,
            "DeliveryPostalCode": .string(place.postalCode), "DeliveryCity": .string(place.city),
            "DeliveryCountryCode": .string(finnish ? "FI" : "SE"),
            "ContactPersonName": .string("\(first) \(last)"), "ContactPersonEmail": .string("\(mailbox)@\(domain)"),
            "ContactPersonMobile": .string(mobile), "ContactPersonPhone": .null,
            "EmailAddress": .string("info@\(domain)"), "EmailAddressOrder": .null, "MobilePhone": .null, "Telephone": .null,
            "CurrencyCode": .string(finnish ? "EUR" : "SEK"), "Note": Bool.random(using: &random) ? .string("Portkod 1234, lastkaj på baksidan.") : .null,
            "ChangedUtc": .string(VismaTimestamp.utc(changed)), "ReverseChargeOnConstructionServices": .bool(false),
            "IsFutureInvoiceDateAllowed": .bool(false), "UnpaidInvoicesAmount": .number(0), "DiscountPercentage": .number(0),
            "ForceBookkeepVat": .bool(false), "DeliveryBasedVat": .bool(false), "CorporateIdentityNumber": .null,
            "VatNumber": .null, "DeliveryMethodId": .null, "DeliveryTermId": .null, "EmailAddresses": .array([]),
            "MessageThreads": .array([]), "Notes": .array([]), "CustomerLabels": .array([]),
        ]
        if isPrivate { record["ContactPersonEmail"] = .null; record["EmailAddress"] = .string("\(mailbox)@\(domain)") }
        return record
    }

    /// A complete order row.
    static func row(id: String, lineNumber: Int, article: [String: VismaJSON]?, text: String?, quantity: Decimal,
                    delivered: Decimal) -> [String: VismaJSON] {
        let price = article?["NetPrice"]?.decimal ?? 0
        return [
            "Id": .string(id), "LineNumber": .number(Decimal(lineNumber)),
            "ArticleId": article?["Id"] ?? .null, "ArticleNumber": article?["Number"] ?? .null,
            "IsServiceArticle": .bool(article?["IsServiceArticle"]?.bool ?? false), "UnitId": article?["UnitId"] ?? .null,
            "IsTextRow": .bool(article == nil), "Text": .string(text ?? article?["Name"]?.string ?? ""),
            "Quantity": .number(article == nil ? 0 : quantity), "DeliveredQuantity": .number(article == nil ? 0 : delivered),
            "UnitPrice": .number(article == nil ? 0 : price), "DiscountPercentage": .number(0), "Amount": .number(0),
            "IsDiscountInFixedAmount": .bool(false), "DiscountFixedAmount": .null, "WorkCostType": .number(0), "IsWorkCost": .bool(false),
            "WorkHours": .null, "MaterialCosts": .null, "EligibleForReverseChargeOnVat": .bool(false), "VatRate": .number(0.25),
            "CostCenterItemId1": .null, "CostCenterItemId2": .null, "CostCenterItemId3": .null, "ProjectId": .null,
            "GreenTechnologyType": .number(0), "PurchasePrice": article?["PurchasePrice"] ?? .number(0), "FreightCosts": .number(0),
        ]
    }

    /// A complete order header for `customer`, without totals (see ``VismaCompany``).
    static func order(id: String, number: Int, customer: [String: VismaJSON], status: Int, created: Date, modified: Date,
                      rows: [[String: VismaJSON]], _ random: inout SeededGenerator) -> [String: VismaJSON] {
        let method = VismaSeedVocabulary.deliveryMethods.randomElement(using: &random)!
        let term = VismaSeedVocabulary.deliveryTerms.randomElement(using: &random)!
        var record: [String: VismaJSON] = [
            "Id": .string(id), "Number": .number(Decimal(number)), "CustomerId": customer["Id"] ?? .null,
            "CustomerNumber": customer["CustomerNumber"] ?? .null, "CustomerName": customer["Name"] ?? .null,
            "CustomerIsPrivatePerson": customer["IsPrivatePerson"] ?? .bool(false), "CurrencyCode": customer["CurrencyCode"] ?? .string("SEK"),
            "CreatedUtc": .string(VismaTimestamp.utc(created)), "ModifiedUtc": .string(VismaTimestamp.utc(modified)),
            "OrderDate": .string(VismaTimestamp.dateOnly(created)),
            "DeliveryDate": .string(VismaTimestamp.dateOnly(created.addingTimeInterval(Double(Int.random(in: 1...10, using: &random)) * 86_400))),
            "ShippedDateTime": status >= 3 ? .string(VismaTimestamp.dateOnly(modified)) : .null,
            "Status": .number(Decimal(status)), "IncludesVat": .bool(customer["IsPrivatePerson"]?.bool ?? false), "IsNotDelivered": .bool(status < 3),
            "InvoiceCustomerName": customer["Name"] ?? .null,
            "YourReference": customer["ContactPersonName"] ?? .null, "OurReference": .string("Lager"),
            "BuyersOrderReference": Bool.random(using: &random) ? .string("PO-\(Int.random(in: 1000...9999, using: &random))") : .null,
            "DeliveryMethodName": .string(method.name), "DeliveryMethodCode": .string(method.code), "DeliveryMethodId": .null,
            "DeliveryTermName": .string(term.name), "DeliveryTermCode": .string(term.code), "DeliveryTermId": .null,
            "TermsOfPaymentId": customer["TermsOfPaymentId"] ?? .null, "EuThirdParty": .bool(false),
            "ReverseChargeOnConstructionServices": .bool(false), "RotReducedInvoicingType": .number(0), "RotPropertyType": .null,
            "UsesGreenTechnology": .bool(false), "HouseWorkAmount": .number(0), "HouseWorkAutomaticDistribution": .bool(false),
            "HouseWorkCorporateIdentityNumber": .null, "HouseWorkPropertyName": .null, "Persons": .array([]),
            "MaxAllowedTaxReductionAmount": .number(0), "RotReducedInvoicingPercent": .number(0),
            "SalesDocumentAttachments": .array([]), "MessageThreads": .array([]), "Notes": .array([]),
            "CreatedFromQuoteId": .null, "BackgroundId": .null, "Rows": .array(rows.map(VismaJSON.object)),
        ]
        for prefix in ["Invoice", "Delivery"] {
            for field in ["Address1", "Address2", "PostalCode", "City", "CountryCode"] {
                record[prefix + field] = customer[prefix + field] ?? .null
            }
        }
        record["DeliveryCustomerName"] = customer["DeliveryCustomerName"] ?? .null
        return record
    }
}

extension String {
    /// The string left-padded with zeros to `width`.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
