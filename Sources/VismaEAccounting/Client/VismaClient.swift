import APITransport
import Foundation

/// The Visma eAccounting API v2 client: blocking calls (the engine calls it from its own
/// serial queues), paced per endpoint, authenticated by a ``VismaSession``.
///
/// Every call throws ``VismaError``. A 401 triggers exactly one (single-flight) token refresh
/// and one retry; a second 401 marks the session as needing re-authorisation. A 429 holds the
/// endpoint in the pacer for the time Visma asked for and throws a transient error.
public final class VismaClient: Sendable {
    /// The API root including the version, e.g. `https://eaccountingapi.vismaonline.com/v2`.
    public let apiURL: URL
    /// The connection's tokens.
    public let session: VismaSession
    /// The connection's pacer, shared by all its processes.
    public let pacer: RequestPacer
    private let transport: any HTTPTransport
    private let timeout: Duration

    /// Visma's limit is 600 requests per minute per endpoint; we stay at 80 % of it.
    public static let defaultBudgetPerMinute = 480
    /// The page size list helpers ask for (the largest Visma is known to serve).
    public static let defaultPageSize = 1000

    /// A pacer with the default budget, to share between all users of one connection.
    public static func makePacer(clock: any PacingClock = SystemPacingClock()) -> RequestPacer {
        RequestPacer(budget: defaultBudgetPerMinute, window: .seconds(60), clock: clock)
    }

    /// Creates a client; a trailing slash on `apiURL` is ignored.
    public init(apiURL: URL, session: VismaSession, transport: any HTTPTransport, pacer: RequestPacer, timeout: Duration = .seconds(60)) {
        let text = apiURL.absoluteString
        self.apiURL = text.hasSuffix("/") ? URL(string: String(text.dropLast())) ?? apiURL : apiURL
        self.session = session
        self.transport = transport
        self.pacer = pacer
        self.timeout = timeout
    }

    /// One API call. `template` is the route below the API root with placeholders (the pacing
    /// key), `path` the concrete route; answers 2xx with the body, or throws.
    func call(_ method: String, _ template: String, path: String? = nil, query: [(String, String)] = [], body: Data? = nil) throws -> Data {
        let endpoint = "\(method) \(apiURL.path)\(template)"
        var urlText = apiURL.absoluteString + (path ?? template)
        if !query.isEmpty { urlText += "?" + FormEncoding.encode(query, keeping: "$:") }
        guard let url = URL(string: urlText) else {
            throw VismaError(classification: .permanent, message: "invalid Visma URL \(urlText)", endpoint: endpoint)
        }
        var token = try session.accessToken()
        var response = try send(method, url, token: token, body: body, endpoint: endpoint)
        if response.status == 401 {
            token = try session.tokenAfterRejection(of: token)
            response = try send(method, url, token: token, body: body, endpoint: endpoint)
            if response.status == 401 {
                let reason = "Visma refused a freshly refreshed access token (HTTP 401)"
                session.markNeedsReauthorization(reason)
                throw VismaError.needsReauthorization(reason, status: 401)
            }
        }
        guard response.isSuccess else {
            let error = VismaError.from(response: response, endpoint: endpoint)
            if response.status == 429 || error.errorCode == 4010 {
                pacer.hold(endpoint, forSeconds: error.retryAfter ?? 60)
            }
            throw error
        }
        return response.body
    }

    private func send(_ method: String, _ url: URL, token: String, body: Data?, endpoint: String) throws -> HTTPResponse {
        var headers = [("Authorization", "Bearer \(token)"), ("Accept", "application/json")]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        pacer.acquire(endpoint)
        do {
            return try transport.send(HTTPRequest(method: method, url: url, headers: headers, body: body), timeout: timeout)
        } catch let error as TransportError {
            throw VismaError(classification: .transient, message: "Visma could not be reached: \(error)", endpoint: endpoint)
        }
    }

    /// Decodes a JSON object answer.
    func object(from data: Data, endpoint: String) throws -> JSONObject {
        do {
            return try JSONDecoder().decode(JSONObject.self, from: data)
        } catch {
            throw VismaError(classification: .transient, message: "Visma sent a body that is not a JSON object", endpoint: endpoint)
        }
    }

    /// Encodes an object for a PUT body.
    func body(_ object: JSONObject) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(object)
    }
}
