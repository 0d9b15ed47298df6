/// One page of a list read with Ongoing's "id from" + "max to get" paging.
public struct OngoingPage<Item: Sendable>: Sendable {
    /// The items of this page, in ascending id order.
    public let items: [Item]
    /// The inclusive `…IdFrom` of the next page, or nil when this page was the last.
    public let nextIdFrom: Int?

    /// Creates a page.
    public init(items: [Item], nextIdFrom: Int?) {
        self.items = items
        self.nextIdFrom = nextIdFrom
    }

    /// The page for `items` fetched with page size `pageSize` after asking from `idFrom`.
    ///
    /// A short page is the last one. A full page continues after its highest id (`…IdFrom` is
    /// inclusive), so an exact multiple of the page size ends with one empty page. A cursor
    /// that would not move forward ends the paging instead of looping.
    static func following(_ items: [Item], pageSize: Int, idFrom: Int?, id: (Item) -> Int?) -> OngoingPage {
        guard items.count >= pageSize, let highest = items.compactMap(id).max() else {
            return OngoingPage(items: items, nextIdFrom: nil)
        }
        let next = highest + 1
        if let idFrom, next <= idFrom { return OngoingPage(items: items, nextIdFrom: nil) }
        return OngoingPage(items: items, nextIdFrom: next)
    }
}
