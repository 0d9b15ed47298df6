import Foundation
import Hummingbird

/// The identity server's endpoints: `/connect/authorize`, `/connect/token`, `/connect/revocation`.
struct VismaIdentityRoutes: Sendable {
    let identity: VismaIdentity
    /// Scopes the sandbox grants.
    static let knownScopes: Set<String> = [
        "openid", "profile", "email", "offline_access", "ea:api", "ea:sales", "ea:sales_readonly",
        "ea:accounting", "ea:accounting_readonly", "ea:purchase", "ea:purchase_readonly",
    ]

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/connect/authorize") { request, _ in authorize(request) }
        router.post("/connect/token") { request, _ in
            var request = request
            return token(request, body: try await request.collectBody(upTo: 64 * 1024))
        }
        router.post("/connect/revocation") { request, _ in
            var request = request
            return revocation(request, body: try await request.collectBody(upTo: 64 * 1024))
        }
    }

    /// Auto-consent: validates the request, then redirects with a code (or with
    /// `error=access_denied` while consent is set to deny).
    func authorize(_ request: Request) -> Response {
        let query = Self.formFields(request.uri.query ?? "")
        guard let clientID = query["client_id"], identity.isRegistered(clientID: clientID) else {
            return Self.page(.badRequest, "Unknown client", "The client_id is not registered (invalid_client).")
        }
        guard let redirectURI = query["redirect_uri"], identity.acceptsRedirect(redirectURI) else {
            return Self.page(.badRequest, "Invalid redirect_uri", "The redirect_uri is not registered for this client.")
        }
        let state = query["state"]
        func redirect(_ parameters: [(String, String)]) -> Response {
            let all = parameters + (state.map { [("state", $0)] } ?? [])
            let location = redirectURI + "?" + all.map { "\($0.0)=\(Self.escape($0.1))" }.joined(separator: "&")
            var headers = HTTPFields()
            headers[.location] = location
            headers[.contentType] = "text/html; charset=utf-8"
            return Response(status: .found, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "<a href=\"\(location)\">Continue</a>")))
        }
        guard query["response_type"] == "code" else {
            return redirect([("error", "unsupported_response_type"), ("error_description", "Only the authorization code flow is supported")])
        }
        let scopes = (query["scope"] ?? "").split(separator: " ").map(String.init)
        guard scopes.contains("ea:api"), scopes.allSatisfy(Self.knownScopes.contains) else {
            return redirect([("error", "invalid_scope"), ("error_description", "Unknown scope or ea:api missing")])
        }
        let method = query["code_challenge_method"] ?? "plain"
        let challenge = query["code_challenge"]
        if challenge != nil, !["S256", "plain"].contains(method) {
            return redirect([("error", "invalid_request"), ("error_description", "Transform algorithm not supported")])
        }
        if identity.denyConsent {
            return redirect([("error", "access_denied"), ("error_description", "The user denied access")])
        }
        let code = identity.issueCode(clientID: clientID, redirectURI: redirectURI, challenge: challenge,
                                      challengeMethod: method, scope: scopes.joined(separator: " "))
        return redirect([("code", code), ("scope", scopes.joined(separator: " "))])
    }

    /// The token endpoint: form body only, HTTP Basic client authentication.
    func token(_ request: Request, body: ByteBuffer) -> Response {
        if let failure = Self.formAndClientCheck(request, identity: identity) { return failure }
        let form = Self.formFields(String(buffer: body))
        do throws(VismaIdentity.OAuthFailure) {
            switch form["grant_type"] {
            case "authorization_code":
                guard let code = form["code"] else { return Self.oauthError("invalid_request", "code is missing") }
                return Self.tokenAnswer(try identity.redeem(code: code, redirectURI: form["redirect_uri"], verifier: form["code_verifier"]))
            case "refresh_token":
                guard let refreshToken = form["refresh_token"] else { return Self.oauthError("invalid_request", "refresh_token is missing") }
                return Self.tokenAnswer(try identity.refresh(refreshToken))
            case nil:
                return Self.oauthError("invalid_request", "grant_type is missing")
            default:
                return Self.oauthError("unsupported_grant_type", "Only authorization_code and refresh_token are supported")
            }
        } catch {
            return Self.oauthError(error.error, error.description)
        }
    }

    /// RFC 7009 revocation: 200 with an empty body, known token or not.
    func revocation(_ request: Request, body: ByteBuffer) -> Response {
        if let failure = Self.formAndClientCheck(request, identity: identity) { return failure }
        guard let token = Self.formFields(String(buffer: body))["token"] else {
            return Self.oauthError("invalid_request", "token is missing")
        }
        identity.revoke(token)
        return Response(status: .ok)
    }

    /// Refuses anything but a form body from an authenticated client.
    private static func formAndClientCheck(_ request: Request, identity: VismaIdentity) -> Response? {
        guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("application/x-www-form-urlencoded") else {
            return oauthError("invalid_request", "The request body must be application/x-www-form-urlencoded")
        }
        guard identity.authenticatesClient(authorization: request.headers[.authorization]) else {
            return oauthError("invalid_client", "Client authentication failed")
        }
        return nil
    }

    private static func tokenAnswer(_ fields: [String: VismaJSON]) -> Response {
        var response = VismaResponses.json(.object(fields))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private static func oauthError(_ error: String, _ description: String) -> Response {
        VismaResponses.json(.object(["error": .string(error), "error_description": .string(description)]), status: .badRequest)
    }

    private static func page(_ status: HTTPResponse.Status, _ title: String, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "<!doctype html><h1>\(title)</h1><p>\(text)</p>")))
    }

    /// The first value of each field of a form or query string.
    static func formFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }

    private static func escape(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
