import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain HTTP client for the sandbox tests (independent of the Visma client under test):
/// never follows redirects, so the identity server's 302s can be inspected.
final class VismaHTTP: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    /// One answer.
    struct Answer: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        func header(_ name: String) -> String? { headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value }
    }

    private lazy var session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    /// Sends a request and waits for the answer.
    func send(_ method: String, _ url: String, headers: [String: String] = [:], body: Data? = nil) async throws -> Answer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error { return continuation.resume(throwing: error) }
                let http = response as! HTTPURLResponse
                let headers = Dictionary(http.allHeaderFields.map { ("\($0.key)", "\($0.value)") }, uniquingKeysWith: { first, _ in first })
                continuation.resume(returning: Answer(status: http.statusCode, headers: headers, body: data ?? Data()))
            }.resume()
        }
    }

    /// POSTs a form with HTTP Basic client credentials.
    func postForm(_ url: String, _ fields: [(String, String)], clientID: String, secret: String,
                  contentType: String = "application/x-www-form-urlencoded") async throws -> Answer {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let form = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        let basic = Data("\(clientID):\(secret)".utf8).base64EncodedString()
        return try await send("POST", url, headers: ["Content-Type": contentType, "Authorization": "Basic \(basic)"], body: Data(form.utf8))
    }
}
