import APITransport
import Foundation

/// A typed, blocking client of the Ongoing WMS goods-owner REST API (v1).
///
/// Calls block the calling thread (the sync engine calls from its serial queues) and throw
/// ``OngoingError``. Writes to one goods owner never overlap, each method has a circuit
/// breaker, and 429 answers hold that method back; see ``OngoingPacing``.
public final class OngoingClient: Sendable {
    /// Where and as whom this client talks.
    public let configuration: OngoingConfiguration
    let transport: any HTTPTransport
    let pacing: OngoingPacing

    /// Creates a client. Pass the same `pacing` to every client of one connection.
    public init(configuration: OngoingConfiguration, transport: any HTTPTransport, pacing: OngoingPacing = OngoingPacing()) {
        self.configuration = configuration
        self.transport = transport
        self.pacing = pacing
    }

    /// One API method: its HTTP method and path template, which key the breaker and budget.
    struct Endpoint {
        let method: String
        let template: String
        let path: String

        /// Whether the call changes data, and so must wait for the goods owner's write lock.
        var isWrite: Bool { method != "GET" }

        /// The breaker and budget key, e.g. `PUT /orders`.
        var key: String { "\(method) \(template)" }
    }

    /// Sends one request and returns its 2xx response, or throws ``OngoingError``.
    func send(_ endpoint: Endpoint, query: OngoingQuery = OngoingQuery(), body: Data? = nil, goodsOwnerId: Int? = nil) throws -> HTTPResponse {
        let key = endpoint.key
        do {
            try pacing.breaker.permit(key)
        } catch let open as CircuitOpenError {
            throw OngoingError.circuitOpen(method: key, retryAfter: open.retryAfter)
        }
        pacing.pacer.acquire(key)
        let request = try makeRequest(endpoint, query: query, body: body)
        let response: HTTPResponse
        do {
            let exchange = { try self.transport.send(request, timeout: self.configuration.timeout) }
            response = endpoint.isWrite
                ? try pacing.writeGate.serialise(goodsOwnerId: goodsOwnerId ?? configuration.goodsOwnerId, exchange)
                : try exchange()
        } catch {
            pacing.breaker.record(key, succeeded: false)
            throw OngoingError.unreachable(reason: String(describing: error))
        }
        guard response.isSuccess else {
            pacing.breaker.record(key, succeeded: false)
            let error = OngoingError.classify(response, defaultRetryAfter: pacing.defaultRetryAfter, now: pacing.clock.now())
            if case .throttled(let seconds, _) = error { pacing.pacer.hold(key, forSeconds: seconds) }
            throw error
        }
        pacing.breaker.record(key, succeeded: true)
        return response
    }

    /// Decodes a 2xx body, turning a decoding failure into ``OngoingError/malformedResponse(reason:)``.
    func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse) throws -> Value {
        do {
            return try OngoingJSON.decode(type, from: response.body)
        } catch {
            throw OngoingError.malformedResponse(reason: String(describing: error))
        }
    }

    /// Encodes a request body.
    func encode<Value: Encodable>(_ value: Value) throws -> Data {
        do {
            return try OngoingJSON.encode(value)
        } catch {
            throw OngoingError.invalidRequest(reason: String(describing: error))
        }
    }

    private func makeRequest(_ endpoint: Endpoint, query: OngoingQuery, body: Data?) throws -> HTTPRequest {
        let encodedQuery = query.encoded
        let text = configuration.apiURL.absoluteString + endpoint.path + (encodedQuery.isEmpty ? "" : "?" + encodedQuery)
        guard let url = URL(string: text) else {
            throw OngoingError.invalidRequest(reason: "invalid URL \(text)")
        }
        var headers: [(name: String, value: String)] = [
            ("Authorization", configuration.credentials.authorizationHeader),
            ("Accept", "application/json"),
        ]
        if body != nil { headers.append(("Content-Type", "application/json; charset=utf-8")) }
        return HTTPRequest(method: endpoint.method, url: url, headers: headers, body: body)
    }

    /// Reads every page of a paged list, starting at the first id.
    func allPages<Item>(pageSize: Int, _ fetch: (_ idFrom: Int?) throws -> OngoingPage<Item>) throws -> [Item] {
        var items: [Item] = []
        var idFrom: Int?
        repeat {
            let page = try fetch(idFrom)
            items += page.items
            idFrom = page.nextIdFrom
        } while idFrom != nil
        return items
    }

    /// How many numbers one `articleNumbers`/`orderNumbers` query carries, to keep URLs short.
    static let numbersPerQuery = 100
}
