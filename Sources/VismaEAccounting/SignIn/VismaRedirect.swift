import Foundation

/// Reads the authorisation code out of Visma's redirect to `…/callback?code=…&state=…`,
/// whether it reached the loopback receiver or the user pasted the URL.
public enum VismaRedirect {
    /// The code in `query` (the redirect's query string), after checking `state`.
    public static func code(fromQuery query: Substring, expectedState: String) throws(VismaSignInError) -> String {
        var parameters: [String: String] = [:]
        for (name, value) in FormEncoding.decode(query) where parameters[name] == nil { parameters[name] = value }
        if let error = parameters["error"] {
            // An error redirect must also carry our state; otherwise it is not ours to report.
            guard parameters["state"] == expectedState else { throw .stateMismatch }
            if error == "access_denied" { throw .accessDenied(parameters["error_description"]) }
            throw .authorizationFailed(error: error, description: parameters["error_description"])
        }
        guard let code = parameters["code"], !code.isEmpty else { throw .notARedirect }
        guard parameters["state"] == expectedState else { throw .stateMismatch }
        return code
    }

    /// The code in a pasted redirect URL (surrounding whitespace and quotes are ignored).
    public static func code(fromPastedURL text: String, expectedState: String) throws(VismaSignInError) -> String {
        let trimmed = text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'<>")))
        guard let components = URLComponents(string: trimmed), let query = components.percentEncodedQuery else { throw .notARedirect }
        return try code(fromQuery: Substring(query), expectedState: expectedState)
    }
}
