import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Sandbox

/// Raw HTTP against a running Ongoing sandbox: the sandbox is tested on the wire, without the
/// client it is meant to check.
struct OngoingSandboxHTTP: Sendable {
    let sandbox: OngoingSandbox
    let port: Int

    /// One answer.
    struct Answer: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data

        /// The body as a JSON tree.
        func json() throws -> Any {
            let bytes = body.starts(with: [0xEF, 0xBB, 0xBF]) ? body.dropFirst(3) : body
            return try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        }

        /// The header `name`, case-insensitively.
        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// Sends `method` to `path` below the REST base (e.g. `orders?goodsOwnerId=159`), as `user`.
    func send(_ method: String, _ path: String, user: OngoingSandboxUser? = .demo, password: String? = nil, body: Data? = nil) async throws -> Answer {
        try await send(method, absolute: "http://127.0.0.1:\(port)\(sandbox.apiPath)\(path)", user: user, password: password, body: body)
    }

    /// Sends `method` to an absolute URL.
    func send(_ method: String, absolute: String, user: OngoingSandboxUser? = .demo, password: String? = nil, body: Data? = nil) async throws -> Answer {
        var request = URLRequest(url: URL(string: absolute)!)
        request.httpMethod = method
        if let user {
            let token = Data("\(user.username):\(password ?? user.password)".utf8).base64EncodedString()
            request.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields { headers["\(name)"] = "\(value)" }
        return Answer(status: http.statusCode, headers: headers, body: data)
    }

    /// `PUT` of a JSON text.
    func put(_ path: String, _ json: String, user: OngoingSandboxUser = .demo) async throws -> Answer {
        try await send("PUT", path, user: user, body: Data(json.utf8))
    }

    /// Runs `body` against a fresh sandbox on a free port, stopping it afterwards.
    @discardableResult
    static func run<Result: Sendable>(_ options: OngoingSandboxOptions = OngoingSandboxOptions(),
                                      _ body: @Sendable (OngoingSandboxHTTP) async throws -> Result) async throws -> Result {
        let sandbox = OngoingSandbox(options: options)
        let server = sandbox.makeServer(port: 0)
        let http = OngoingSandboxHTTP(sandbox: sandbox, port: try await server.start())
        let result: Result
        do {
            result = try await body(http)
        } catch {
            sandbox.stopActivity()
            await server.stop()
            throw error
        }
        sandbox.stopActivity()
        await server.stop()
        return result
    }

    /// Creates articles `numbers` with 100 items each.
    func stockArticles(_ numbers: [String], stock: Decimal = 100) async throws {
        for number in numbers {
            _ = try await put("articles", #"{"goodsOwnerId": 159, "articleNumber": "\#(number)", "articleName": "Article \#(number)"}"#)
            sandbox.setStock(articleNumber: number, numberOfItems: stock)
        }
    }

    /// A minimal order body for goods owner 159.
    static func orderJSON(_ number: String, lines: [(String, Int)]) -> String {
        let orderLines = lines.enumerated().map { #"{"rowNumber": "\#($0.offset + 1)", "articleNumber": "\#($0.element.0)", "numberOfItems": \#($0.element.1)}"# }
        return #"{"goodsOwnerId": 159, "orderNumber": "\#(number)", "deliveryDate": "2026-01-01", "consignee": {"name": "Acme AB", "countryCode": "SE"}, "orderLines": [\#(orderLines.joined(separator: ","))]}"#
    }
}
