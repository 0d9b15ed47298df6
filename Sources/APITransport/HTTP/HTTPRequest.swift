import Foundation

/// One HTTP request as the API clients build it: method, absolute URL, headers and body.
public struct HTTPRequest: Sendable, Equatable {
    /// The HTTP method, upper case (`GET`, `PUT`, …).
    public var method: String
    /// The absolute URL, query included.
    public var url: URL
    /// Header fields in order; names compare case-insensitively on the wire.
    public var headers: [(name: String, value: String)]
    /// The body bytes, if any.
    public var body: Data?

    /// Creates a request.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body
            && lhs.headers.map { "\($0.name.lowercased()):\($0.value)" } == rhs.headers.map { "\($0.name.lowercased()):\($0.value)" }
    }
}

/// One HTTP response: status, headers and the whole body.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields in order.
    public var headers: [(name: String, value: String)]
    /// The body bytes (empty when there was none).
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// True for 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body as UTF-8 text, without a leading byte order mark; for messages and logs.
    public var text: String {
        String(decoding: body.withoutByteOrderMark, as: UTF8.self)
    }
}

extension Data {
    /// The bytes without a leading UTF-8 byte order mark (EF BB BF), which Ongoing sends.
    public var withoutByteOrderMark: Data {
        starts(with: [0xEF, 0xBB, 0xBF]) ? dropFirst(3) : self
    }
}
