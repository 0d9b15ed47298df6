import Foundation

/// Turns what a user enters as "Ongoing system" into the REST base URL (`…/api/v1/`).
///
/// The login page of a system is `https://{system}.ongoingsystems.se/{system}/` and its REST
/// API is `https://api.ongoingsystems.se/{system}/api/v1/`, or on `wms1` for demo systems.
public enum OngoingSystemResolver {
    /// What the input resolved to without asking anyone.
    public enum Resolution: Sendable, Equatable {
        /// The REST base URL.
        case apiURL(URL)
        /// A numeric customer ID, which only a customer directory can resolve.
        case customerID(Int)
    }

    /// Resolves the input without network access. An explicit `apiURL` wins over `system`.
    ///
    /// - `https://demo.ongoingsystems.se/demo/` → `https://api.ongoingsystems.se/demo/api/v1/`
    /// - a host `wms1.ongoingsystems.se` (or `api.`) keeps that server
    /// - a URL on another host (a sandbox, a proxy) keeps its host: `http://127.0.0.1:8080/demo/`
    ///   → `http://127.0.0.1:8080/demo/api/v1/`
    /// - a URL that already contains `/api/v1` is used up to there
    /// - a bare name `demo` → `https://api.ongoingsystems.se/demo/api/v1/`
    /// - digits only → ``Resolution/customerID(_:)``
    public static func resolve(system: String?, apiURL: String? = nil) throws(OngoingSystemError) -> Resolution {
        if let explicit = apiURL?.trimmingCharacters(in: .whitespacesAndNewlines), !explicit.isEmpty {
            return .apiURL(try normalisedAPIURL(explicit))
        }
        guard let input = system?.trimmingCharacters(in: .whitespacesAndNewlines), !input.isEmpty else { throw .empty }
        if input.allSatisfy(\.isASCIIDigit) {
            guard let id = Int(input) else { throw .invalidURL(input) }
            return .customerID(id)
        }
        if input.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" || $0 == "_" }) {
            return .apiURL(try url("https://api.ongoingsystems.se/\(input)/api/v1/", input: input))
        }
        return .apiURL(try systemURL(input))
    }

    /// Resolves the input completely, asking `directory` for a numeric customer ID.
    public static func resolveAPIURL(system: String?, apiURL: String? = nil, directory: OngoingCustomerDirectory?) throws(OngoingSystemError) -> URL {
        switch try resolve(system: system, apiURL: apiURL) {
        case .apiURL(let url):
            return url
        case .customerID(let id):
            guard let directory else { throw .customerIDNeedsDirectory(id) }
            return try directory.apiURL(customerID: id)
        }
    }

    /// Normalises a REST base URL: it must be http(s) with a host, and ends with a slash.
    static func normalisedAPIURL(_ text: String) throws(OngoingSystemError) -> URL {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", components.host?.isEmpty == false
        else { throw .invalidURL(text) }
        return try url(text.hasSuffix("/") ? text : text + "/", input: text)
    }

    private static func systemURL(_ input: String) throws(OngoingSystemError) -> URL {
        let withScheme = input.contains("://") ? input : "https://" + input
        guard var components = URLComponents(string: withScheme), let host = components.host?.lowercased(), !host.isEmpty,
              let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http"
        else { throw .invalidURL(input) }
        let segments = components.path.split(separator: "/").map(String.init)
        if let apiIndex = segments.firstIndex(where: { $0.lowercased() == "api" }), apiIndex > 0,
           segments.count > apiIndex + 1, segments[apiIndex + 1].lowercased() == "v1" {
            components.path = "/" + segments[...(apiIndex + 1)].joined(separator: "/") + "/"
            components.query = nil
            components.fragment = nil
            return try url(components.string ?? "", input: input)
        }
        guard host == "ongoingsystems.se" || host.hasSuffix(".ongoingsystems.se") else {
            guard let name = segments.first else { throw .noSystemName(input) }
            components.path = "/\(name)/api/v1/"
            components.query = nil
            components.fragment = nil
            return try url(components.string ?? "", input: input)
        }
        let label = host.split(separator: ".").first.map(String.init) ?? ""
        let apiServers: Set<String> = ["api", "wms1"]
        let name: String
        if let first = segments.first {
            name = first
        } else if !apiServers.contains(label), label != "www", label != "ongoingsystems" {
            name = label
        } else {
            throw .noSystemName(input)
        }
        let server = label == "wms1" ? "wms1" : "api"
        return try url("https://\(server).ongoingsystems.se/\(name)/api/v1/", input: input)
    }

    private static func url(_ text: String, input: String) throws(OngoingSystemError) -> URL {
        guard let url = URL(string: text) else { throw .invalidURL(input) }
        return url
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
