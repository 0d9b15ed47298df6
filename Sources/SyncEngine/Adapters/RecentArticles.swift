import Foundation
import Synchronization
import VismaEAccounting

/// Visma articles from the latest listings, each usable once and only while fresh: the
/// complete object a full-replace PUT needs, without reading the article again.
final class RecentArticles: Sendable {
    private let maximumAge: TimeInterval
    private let entries = Mutex<[String: (article: VismaArticle, listedAt: Date)]>([:])

    init(maximumAge: TimeInterval) {
        self.maximumAge = maximumAge
    }

    /// Keeps `articles` as listed now.
    func remember(_ articles: [VismaArticle]) {
        guard maximumAge > 0 else { return }
        let now = Date()
        entries.withLock { entries in
            entries = entries.filter { now.timeIntervalSince($0.value.listedAt) < maximumAge }
            for article in articles {
                if let id = article.id { entries[id.uuidString.lowercased()] = (article, now) }
            }
        }
    }

    /// The article with `id` if it was listed within the maximum age; removed, so it serves once.
    func take(_ id: String) -> VismaArticle? {
        entries.withLock { entries in
            guard let entry = entries.removeValue(forKey: id.lowercased()), Date().timeIntervalSince(entry.listedAt) < maximumAge else { return nil }
            return entry.article
        }
    }
}
