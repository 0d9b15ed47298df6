import Foundation
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

        /// Parses a raw HTTP/1.1 answer (plain or chunked body).
        init(parsing raw: Data) throws {
            guard let split = raw.range(of: Data("\r\n\r\n".utf8)) else { throw LoopbackSocket.Failure.malformed }
            let lines = String(decoding: raw[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
            let statusParts = lines[0].split(separator: " ")
            guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw LoopbackSocket.Failure.malformed }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            var body = Data(raw[split.upperBound...])
            if headers.first(where: { $0.key.lowercased() == "transfer-encoding" })?.value.lowercased() == "chunked" {
                body = try LoopbackSocket.dechunk(body)
            }
            self.status = status
            self.headers = headers
            self.body = body
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

    /// Sends `method` to an absolute `http://127.0.0.1:<port>/…` URL.
    func send(_ method: String, absolute: String, user: OngoingSandboxUser? = .demo, password: String? = nil, body: Data? = nil) async throws -> Answer {
        let url = URL(string: absolute)!
        var head = "\(method) \(url.path)\(url.query.map { "?\($0)" } ?? "") HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let user {
            head += "Authorization: Basic \(Data("\(user.username):\(password ?? user.password)".utf8).base64EncodedString())\r\n"
        }
        if let body { head += "Content-Type: application/json\r\n" }
        head += "Content-Length: \(body?.count ?? 0)\r\n\r\n"
        let request = Data(head.utf8) + (body ?? Data())
        let port = port
        let raw = try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try LoopbackSocket.exchange(port: port, request: request) }) }.start()
        }
        return try Answer(parsing: raw)
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
