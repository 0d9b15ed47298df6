/// A paged list endpoint and how to read its items.
public struct VismaList<Item: Sendable>: Sendable {
    /// The route template below the API root, e.g. `/orders`.
    public let path: String
    /// Wraps one element of `Data`.
    let wrap: @Sendable (JSONObject) -> Item
}

extension VismaList where Item == VismaArticle {
    /// `GET /v2/articles`.
    public static var articles: VismaList<VismaArticle> { VismaList(path: "/articles", wrap: VismaArticle.init(json:)) }
}

extension VismaList where Item == VismaOrder {
    /// `GET /v2/orders`.
    public static var orders: VismaList<VismaOrder> { VismaList(path: "/orders", wrap: VismaOrder.init(json:)) }
}

extension VismaList where Item == VismaCustomer {
    /// `GET /v2/customers`.
    public static var customers: VismaList<VismaCustomer> { VismaList(path: "/customers", wrap: VismaCustomer.init(json:)) }
}
