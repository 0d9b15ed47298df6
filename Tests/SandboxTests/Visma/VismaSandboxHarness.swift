import Foundation
import Sandbox

/// A started Visma sandbox with an HTTP client and a signed-in bearer token.
struct VismaSandboxHarness: Sendable {
    let sandbox: VismaSandbox
    let base: String
    let http: VismaHTTP
    let redirectURI = "http://127.0.0.1:53682/callback"

    /// Starts a sandbox configured by `configure`, runs `body`, and stops the server.
    static func run(_ configure: (inout VismaSandbox.Options) -> Void = { _ in },
                    _ body: (VismaSandboxHarness) async throws -> Void) async throws {
        var options = VismaSandbox.Options()
        options.articleCount = 60
        options.orderCount = 40
        configure(&options)
        let sandbox = VismaSandbox(options: options)
        let server = sandbox.makeServer(port: 0)
        let port = try await server.start()
        do {
            try await body(VismaSandboxHarness(sandbox: sandbox, base: "http://127.0.0.1:\(port)", http: VismaHTTP()))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The `code` of an auto-consented authorisation (with PKCE `challenge` when given).
    func authorizationCode(challenge: String? = nil, scope: String = "ea:api offline_access ea:sales") async throws -> String? {
        var url = "\(base)/connect/authorize?client_id=\(VismaSandbox.defaultClientID)&response_type=code&state=s1"
            + "&redirect_uri=\(redirectURI.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            + "&scope=\(scope.replacingOccurrences(of: " ", with: "%20"))"
        if let challenge { url += "&code_challenge=\(challenge)&code_challenge_method=S256" }
        let answer = try await http.send("GET", url)
        guard answer.status == 302, let location = answer.header("Location") else { return nil }
        return URLComponents(string: location)?.queryItems?.first { $0.name == "code" }?.value
    }

    /// Posts to the token endpoint with the default client credentials.
    func token(_ fields: [(String, String)]) async throws -> VismaHTTP.Answer {
        try await http.postForm("\(base)/connect/token", fields, clientID: VismaSandbox.defaultClientID, secret: VismaSandbox.defaultClientSecret)
    }

    /// A fresh token pair's JSON from the code flow.
    func tokens() async throws -> [String: Any] {
        let code = try await authorizationCode()!
        return try await token([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI)]).json!
    }

    /// An API call with a fresh bearer token (or `token`).
    func api(_ method: String, _ path: String, token: String? = nil, body: Data? = nil) async throws -> VismaHTTP.Answer {
        let bearer: String
        if let token { bearer = token } else { bearer = try await tokens()["access_token"] as! String }
        var headers = ["Authorization": "Bearer \(bearer)"]
        if body != nil { headers["Content-Type"] = "application/json" }
        return try await http.send(method, base + path, headers: headers, body: body)
    }
}
