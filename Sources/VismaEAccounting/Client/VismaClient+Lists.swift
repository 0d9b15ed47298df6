import Foundation

extension VismaClient {
    /// One page of `list` (`$page`, `$pagesize`, optional `$filter`).
    public func page<Item>(_ list: VismaList<Item>, filter: VismaFilter? = nil, page: Int = 1, pageSize: Int = defaultPageSize) throws -> VismaPage<Item> {
        var query = [("$page", String(page)), ("$pagesize", String(pageSize))]
        if let filter { query.append(("$filter", filter.description)) }
        let data = try call("GET", list.path, query: query)
        let endpoint = "GET \(apiURL.path)\(list.path)"
        let object = try object(from: data, endpoint: endpoint)
        guard let meta = object["Meta"]?.objectValue, let items = object["Data"]?.arrayValue,
              let serverTime = meta.date("ServerTimeUtc") else {
            throw VismaError(classification: .transient, message: "Visma's list answer lacks Meta or Data", endpoint: endpoint)
        }
        return VismaPage(
            items: items.compactMap(\.objectValue).map(list.wrap),
            meta: VismaPageMeta(currentPage: meta.int("CurrentPage") ?? page, pageSize: meta.int("PageSize") ?? pageSize,
                                totalNumberOfPages: meta.int("TotalNumberOfPages") ?? 1,
                                totalNumberOfResults: meta.int("TotalNumberOfResults") ?? items.count,
                                serverTimeUtc: serverTime)
        )
    }

    /// Walks every page of `list`, following `Meta.TotalNumberOfPages`, handing each page to
    /// `body` as it arrives (so the caller can persist page by page). Returns the first page's
    /// `Meta.ServerTimeUtc`: the watermark for the next poll, early enough that changes made
    /// while paging are seen again.
    @discardableResult
    public func forEachPage<Item>(_ list: VismaList<Item>, filter: VismaFilter? = nil, pageSize: Int = defaultPageSize,
                                  _ body: (VismaPage<Item>) throws -> Void) throws -> Date {
        var number = 1
        var watermark: Date?
        while true {
            let current = try page(list, filter: filter, page: number, pageSize: pageSize)
            watermark = watermark ?? current.meta.serverTimeUtc
            try body(current)
            if number >= current.meta.totalNumberOfPages || current.items.isEmpty { break }
            number += 1
        }
        return watermark ?? Date()
    }

    /// Every item of `list` across all pages, with the next watermark.
    public func all<Item>(_ list: VismaList<Item>, filter: VismaFilter? = nil, pageSize: Int = defaultPageSize) throws -> VismaListing<Item> {
        var items: [Item] = []
        let watermark = try forEachPage(list, filter: filter, pageSize: pageSize) { items += $0.items }
        return VismaListing(items: items, watermark: watermark)
    }
}
