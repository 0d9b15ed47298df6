import Foundation

/// Turns a Visma order (and its customer's contact data) into the Ongoing order ovsync writes,
/// or says why it cannot.
enum OrderMapping {
    /// What to do with an order.
    enum Outcome: Equatable {
        case send(WarehouseOrderDraft)
        /// Nothing for the warehouse (draft, or no pick lines): ignored, not an error.
        case skip(String)
        /// Cannot be sent as it is: parked with this reason.
        case invalid(String)
        /// Refers to articles that are not (yet) in Ongoing.
        case missingArticles([String])
    }

    /// Maps `order`. `knownArticles` (when given) are the article numbers known to exist in Ongoing.
    static func map(_ order: SourceOrder, contact: CustomerContact?, knownArticles: ((String) -> Bool)?, now: Date) -> Outcome {
        guard order.status == .ongoing else { return .skip(order.status == .draft ? "draft order" : "order is no longer open in Visma") }
        var lines: [WarehouseOrderLine] = []
        var missing: [String] = []
        for row in order.rows where row.isPickLine {
            guard let articleNumber = row.articleNumber?.trimmingCharacters(in: .whitespaces), !articleNumber.isEmpty else { continue }
            if row.quantity < 0 {
                return .invalid("row \(row.lineNumber) has a negative quantity (\(row.quantity)) of article \(articleNumber)")
            }
            if row.quantity == 0 { continue }
            if let knownArticles, !knownArticles(articleNumber) {
                if !missing.contains(articleNumber) { missing.append(articleNumber) }
                continue
            }
            lines.append(WarehouseOrderLine(rowNumber: String(row.lineNumber), articleNumber: articleNumber,
                                            quantity: row.quantity.rounded(scale: 4), comment: row.text))
        }
        guard missing.isEmpty else { return .missingArticles(missing) }
        guard !lines.isEmpty else { return .skip("no rows for the warehouse to pick (only text or service rows)") }

        let address = [order.delivery, contact?.delivery, contact?.invoice].compactMap { $0 }.first { !$0.isEmpty }
        guard let address else { return .invalid("the delivery address is empty (no street, postal code or city on the order or the customer)") }
        let name = [order.delivery.name, address.name, order.customerName].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        guard let name else { return .invalid("the consignee has no name") }

        let consignee = Consignee(
            customerNumber: order.customerNumber,
            name: name,
            address1: address.address1,
            address2: address.address2,
            postCode: address.postalCode,
            city: address.city,
            countryCode: address.countryCode,
            email: contact?.email,
            phone: contact?.phone,
            mobile: contact?.mobile
        )
        let reference = [order.buyersOrderReference, order.yourReference].compactMap { $0 }.first { !$0.isEmpty }
        return .send(WarehouseOrderDraft(
            orderNumber: String(order.number),
            goodsOwnerOrderID: order.id,
            referenceNumber: reference,
            orderRemark: order.ourReference.map { "Our reference: \($0)" },
            deliveryDate: order.deliveryDate ?? order.orderDate ?? now,
            wayOfDeliveryCode: order.deliveryMethodCode,
            wayOfDeliveryName: order.deliveryMethodName,
            termsOfDeliveryCode: order.deliveryTermCode,
            termsOfDeliveryName: order.deliveryTermName,
            consignee: consignee,
            lines: lines
        ))
    }
}

extension Decimal {
    /// This value rounded half away from zero to `scale` decimal places.
    public func rounded(scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}
