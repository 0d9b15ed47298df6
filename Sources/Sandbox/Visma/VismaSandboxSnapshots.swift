import Foundation

extension VismaSandbox {
    /// An article as the sandbox holds it now.
    public struct ArticleSnapshot: Sendable, Equatable {
        /// `Id`.
        public var id: UUID
        /// `Number`.
        public var number: String
        /// `Name`.
        public var name: String
        /// `IsActive`.
        public var isActive: Bool
        /// `IsServiceArticle`.
        public var isServiceArticle: Bool
        /// `StockBalance`.
        public var stockBalance: Decimal
        /// `ChangedUtc`.
        public var changedUtc: Date
        /// Every field, by its API name.
        public var fields: [String: VismaJSON]

        init(_ fields: [String: VismaJSON]) {
            id = UUID(uuidString: fields["Id"]?.string ?? "") ?? UUID()
            number = fields["Number"]?.string ?? ""
            name = fields["Name"]?.string ?? ""
            isActive = fields["IsActive"]?.bool ?? false
            isServiceArticle = fields["IsServiceArticle"]?.bool ?? false
            stockBalance = fields["StockBalance"]?.decimal ?? 0
            changedUtc = fields["ChangedUtc"]?.string.flatMap(VismaTimestamp.parse) ?? .distantPast
            self.fields = fields
        }
    }

    /// An order as the sandbox holds it now.
    public struct OrderSnapshot: Sendable, Equatable {
        /// `Id`.
        public var id: UUID
        /// `Number`.
        public var number: Int
        /// `Status`: 1 draft, 2 ongoing, 3 shipped, 4 invoiced.
        public var status: Int
        /// `CustomerId`.
        public var customerID: UUID?
        /// `ModifiedUtc`.
        public var modifiedUtc: Date
        /// `ShippedDateTime` as served.
        public var shippedDateTime: String?
        /// `Rows`.
        public var rows: [RowSnapshot]
        /// Every field, by its API name.
        public var fields: [String: VismaJSON]

        init(_ fields: [String: VismaJSON]) {
            id = UUID(uuidString: fields["Id"]?.string ?? "") ?? UUID()
            number = fields["Number"]?.decimal.map { NSDecimalNumber(decimal: $0).intValue } ?? 0
            status = fields["Status"]?.decimal.map { NSDecimalNumber(decimal: $0).intValue } ?? 0
            customerID = fields["CustomerId"]?.string.flatMap(UUID.init(uuidString:))
            modifiedUtc = fields["ModifiedUtc"]?.string.flatMap(VismaTimestamp.parse) ?? .distantPast
            shippedDateTime = fields["ShippedDateTime"]?.string
            rows = (fields["Rows"]?.array ?? []).compactMap(\.object).map(RowSnapshot.init)
            self.fields = fields
        }
    }

    /// One row of an ``OrderSnapshot``.
    public struct RowSnapshot: Sendable, Equatable {
        /// `Id`.
        public var id: UUID?
        /// `LineNumber`.
        public var lineNumber: Int
        /// `ArticleNumber`.
        public var articleNumber: String?
        /// `Text`.
        public var text: String?
        /// `IsTextRow`.
        public var isTextRow: Bool
        /// `IsServiceArticle`.
        public var isServiceArticle: Bool
        /// `Quantity`.
        public var quantity: Decimal
        /// `DeliveredQuantity`.
        public var deliveredQuantity: Decimal

        init(_ fields: [String: VismaJSON]) {
            id = fields["Id"]?.string.flatMap(UUID.init(uuidString:))
            lineNumber = fields["LineNumber"]?.decimal.map { NSDecimalNumber(decimal: $0).intValue } ?? 0
            articleNumber = fields["ArticleNumber"]?.string
            text = fields["Text"]?.string
            isTextRow = fields["IsTextRow"]?.bool ?? false
            isServiceArticle = fields["IsServiceArticle"]?.bool ?? false
            quantity = fields["Quantity"]?.decimal ?? 0
            deliveredQuantity = fields["DeliveredQuantity"]?.decimal ?? 0
        }
    }

    /// A line of a new order: an article number and a quantity (up to 4 decimals).
    public struct NewLine: Sendable, Equatable {
        /// The article's number.
        public var articleNumber: String
        /// The quantity ordered.
        public var quantity: Decimal

        /// Creates a line.
        public init(articleNumber: String, quantity: Decimal) {
            self.articleNumber = articleNumber
            self.quantity = quantity
        }
    }
}
