import Foundation

/// The OData paging and filter parameters of a list request.
struct VismaListQuery: Sendable {
    /// Visma's default page size when `$pagesize` is absent.
    static let defaultPageSize = 50
    /// The largest page the sandbox serves; larger requests are capped.
    static let maximumPageSize = 1000

    var page = 1
    var pageSize = defaultPageSize
    var filter: VismaFilterExpression?

    /// Reads `$page`, `$pagesize` (any casing, so `$pageSize` too) and `$filter` from the
    /// raw query string.
    static func parse(_ query: String, fields: Set<String>) throws(VismaFilterExpression.Failure) -> VismaListQuery {
        var result = VismaListQuery()
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0]).lowercased()
            let value = parts.count > 1 ? decode(parts[1]) : ""
            switch name {
            case "$page":
                guard let page = Int(value), page >= 1 else { throw .init(code: 6000, message: "$page must be a positive whole number.") }
                result.page = page
            case "$pagesize":
                guard let size = Int(value), size >= 1 else { throw .init(code: 6000, message: "$pagesize must be a positive whole number.") }
                result.pageSize = min(size, maximumPageSize)
            case "$filter":
                result.filter = try VismaFilterExpression.parse(value, fields: fields)
            default:
                continue
            }
        }
        return result
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The page of `records` (already in the list's order) this query selects, with `Meta`.
    func page(of records: [[String: VismaJSON]], serverTime: Date) -> VismaJSON {
        let matching = filter.map { filter in records.filter(filter.matches) } ?? records
        let start = min((page - 1) * pageSize, matching.count)
        let end = min(start + pageSize, matching.count)
        let pages = (matching.count + pageSize - 1) / pageSize
        return .object([
            "Meta": .object([
                "CurrentPage": .number(Decimal(page)),
                "PageSize": .number(Decimal(pageSize)),
                "TotalNumberOfPages": .number(Decimal(pages)),
                "TotalNumberOfResults": .number(Decimal(matching.count)),
                "ServerTimeUtc": .string(VismaTimestamp.utc(serverTime)),
            ]),
            "Data": .array(matching[start..<end].map(VismaJSON.object)),
        ])
    }
}
