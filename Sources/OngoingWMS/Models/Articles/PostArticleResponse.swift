/// The answer to `PUT /articles`: `{articleSystemId, message}`.
public struct PostArticleResponse: Codable, Sendable, Equatable {
    /// The warehouse's id of the created or updated article; null means it was not saved.
    public var articleSystemId: Int?
    /// The warehouse's human-readable report.
    public var message: String?
}
