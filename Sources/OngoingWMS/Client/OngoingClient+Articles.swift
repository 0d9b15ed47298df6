import APITransport
import Foundation

/// Articles: upsert by article number, paged reads with stock balances.
extension OngoingClient {
    /// Creates or updates the article `article.articleNumber` (`PUT /articles`).
    public func upsertArticle(_ article: PostArticleModel) throws -> ArticleUpsertResult {
        let endpoint = Endpoint(method: "PUT", template: "/articles", path: "articles")
        let response = try send(endpoint, body: try encode(article), goodsOwnerId: article.goodsOwnerId)
        let answer = try decode(PostArticleResponse.self, from: response)
        guard let id = answer.articleSystemId else { throw OngoingError.missingIdentifier(message: answer.message ?? "") }
        return ArticleUpsertResult(articleSystemId: id, message: answer.message)
    }

    /// One page of `GET /articles` from `articleSystemIdFrom` (inclusive), at most `pageSize` articles.
    public func articlePage(_ query: ArticleQuery = ArticleQuery(), from articleSystemIdFrom: Int? = nil, pageSize: Int = 1000) throws -> OngoingPage<GetArticleModel> {
        var parameters = OngoingQuery()
        parameters.add("goodsOwnerId", configuration.goodsOwnerId)
        query.append(to: &parameters)
        parameters.add("articleSystemIdFrom", articleSystemIdFrom)
        parameters.add("maxArticlesToGet", pageSize)
        let response = try send(Endpoint(method: "GET", template: "/articles", path: "articles"), query: parameters)
        let articles = try decode([GetArticleModel].self, from: response)
        return .following(articles, pageSize: pageSize, idFrom: articleSystemIdFrom) { $0.articleSystemId }
    }

    /// Every article matching `query`, read page by page; long `articleNumbers` lists are split.
    public func articles(_ query: ArticleQuery = ArticleQuery(), pageSize: Int = 1000) throws -> [GetArticleModel] {
        guard query.articleNumbers.count > Self.numbersPerQuery else {
            return try allPages(pageSize: pageSize) { try articlePage(query, from: $0, pageSize: pageSize) }
        }
        return try stride(from: 0, to: query.articleNumbers.count, by: Self.numbersPerQuery).flatMap { start in
            var chunk = query
            chunk.articleNumbers = Array(query.articleNumbers[start..<min(start + Self.numbersPerQuery, query.articleNumbers.count)])
            return try articles(chunk, pageSize: pageSize)
        }
    }

    /// The article with the warehouse id `articleSystemId` (`GET /articles/{articleSystemId}`).
    public func article(systemId articleSystemId: Int) throws -> GetArticleModel {
        let response = try send(Endpoint(method: "GET", template: "/articles/{articleSystemId}", path: "articles/\(articleSystemId)"))
        return try decode(GetArticleModel.self, from: response)
    }

    /// The article with `number`, or nil when the goods owner has none.
    public func article(number: String) throws -> GetArticleModel? {
        try articlePage(ArticleQuery(articleNumber: number), pageSize: 1).items.first { $0.articleNumber == number }
    }
}

/// What a successful `PUT /articles` established.
public struct ArticleUpsertResult: Sendable, Equatable {
    /// The warehouse's id of the article.
    public let articleSystemId: Int
    /// The warehouse's report, e.g. "Article 1009 T-shirt Updated/Created".
    public let message: String?
}
