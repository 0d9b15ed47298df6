import Foundation

extension VismaClient {
    /// Every article changed after `watermark` (all articles when nil), across all pages.
    public func articles(changedAfter watermark: Date?, pageSize: Int = defaultPageSize) throws -> VismaListing<VismaArticle> {
        try all(.articles, filter: watermark.map(VismaFilter.changed(after:)), pageSize: pageSize)
    }

    /// `GET /v2/articles/{id}`.
    public func article(id: UUID) throws -> VismaArticle {
        let data = try call("GET", "/articles/{articleId}", path: "/articles/\(id.uuidString.lowercased())")
        return VismaArticle(json: try object(from: data, endpoint: "GET /articles/{articleId}"))
    }

    /// `PUT /v2/articles/{id}`: replaces the article with `article`'s complete object (every
    /// field as read, with our changes); returns the article as Visma stored it.
    public func updateArticle(_ article: VismaArticle) throws -> VismaArticle {
        guard let id = article.id else {
            throw VismaError(classification: .permanent, message: "article \(article.number) has no Id; read it from Visma before updating")
        }
        let data = try call("PUT", "/articles/{articleId}", path: "/articles/\(id.uuidString.lowercased())", body: try body(article.json))
        return VismaArticle(json: try object(from: data, endpoint: "PUT /articles/{articleId}"))
    }
}
