import APITransport
import Foundation

/// The baseline: the fewest requests that do each job, sent one after another with no
/// database, no mapping rules and no bookkeeping — what the sandboxes can serve at best.
struct MinimalClient {
    let transport: AsyncHTTPClientTransport
    let vismaAPI: URL
    let ongoingAPI: URL
    let accessToken: String
    let goodsOwnerID = 159
    private let basic = "Basic " + Data("WSIdemo:demo-password".utf8).base64EncodedString()

    /// Lists every Visma item of `path` (`articles`, `orders`) matching `filter`.
    func vismaList(_ path: String, filter: String? = nil) throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var page = 1
        while true {
            var components = URLComponents(url: vismaAPI.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
            components.queryItems = [URLQueryItem(name: "$page", value: String(page)), URLQueryItem(name: "$pagesize", value: "1000")]
                + (filter.map { [URLQueryItem(name: "$filter", value: $0)] } ?? [])
            let body = try json(send("GET", components.url!, bearer: true))
            items += body["Data"] as? [[String: Any]] ?? []
            let pages = (body["Meta"] as? [String: Any])?["TotalNumberOfPages"] as? Int ?? 1
            if page >= pages { return items }
            page += 1
        }
    }

    /// Lists every Ongoing item of `path` (`articles`, `orders`) with `query`, paged by id.
    func ongoingList(_ path: String, query: [String: String], idKey: String, idParameter: String, maxParameter: String, pageSize: Int) throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var from = 0
        while true {
            var components = URLComponents(url: ongoingAPI.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
            components.queryItems = [URLQueryItem(name: "goodsOwnerId", value: String(goodsOwnerID)), URLQueryItem(name: idParameter, value: String(from)),
                                     URLQueryItem(name: maxParameter, value: String(pageSize))] + query.map { URLQueryItem(name: $0.key, value: $0.value) }
            let response = try send("GET", components.url!, bearer: false)
            let page = try JSONSerialization.jsonObject(with: response.body.withoutByteOrderMark) as? [[String: Any]] ?? []
            items += page
            let ids = page.compactMap { item -> Int? in
                (item[idKey] as? Int) ?? ((item["orderInfo"] as? [String: Any])?[idKey] as? Int)
            }
            guard page.count >= pageSize, let last = ids.max() else { return items }
            from = last + 1
        }
    }

    /// Sends a JSON body to Ongoing.
    func ongoingWrite(_ method: String, _ path: String, _ body: [String: Any]?) throws {
        _ = try send(method, ongoingAPI.appendingPathComponent(path), bearer: false, body: body.map { try JSONSerialization.data(withJSONObject: $0) })
    }

    /// Sends a JSON body to Visma.
    func vismaWrite(_ method: String, _ path: String, _ body: [String: Any]?) throws {
        _ = try send(method, vismaAPI.appendingPathComponent(path), bearer: true, body: body.map { try JSONSerialization.data(withJSONObject: $0) })
    }

    /// Reads one Visma object.
    func vismaGet(_ path: String) throws -> [String: Any] {
        try json(send("GET", vismaAPI.appendingPathComponent(path), bearer: true))
    }

    private func send(_ method: String, _ url: URL, bearer: Bool, body: Data? = nil) throws -> HTTPResponse {
        var headers = [(name: "Authorization", value: bearer ? "Bearer \(accessToken)" : basic), (name: "Accept", value: "application/json")]
        if body != nil { headers.append((name: "Content-Type", value: "application/json")) }
        let response = try transport.send(HTTPRequest(method: method, url: url, headers: headers, body: body), timeout: .seconds(30))
        guard response.isSuccess else { throw BenchmarkError("minimal client: \(method) \(url.path) answered \(response.status): \(response.text.prefix(200))") }
        return response
    }

    private func json(_ response: HTTPResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: response.body.withoutByteOrderMark) as? [String: Any] ?? [:]
    }
}
