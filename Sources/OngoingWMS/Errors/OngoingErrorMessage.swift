import APITransport
import Foundation

/// Finds the human-readable text in an Ongoing error body.
///
/// Ongoing has no documented error format: bodies are `{"message": …}` or ASP.NET's
/// `{"Message": …}` (sometimes with `ExceptionMessage`), occasionally plain text or HTML.
enum OngoingErrorMessage {
    /// Longest raw body quoted when there is no JSON message; keeps HTML error pages out of logs.
    static let rawLimit = 300

    /// The message of `response`, or its trimmed text when it has no JSON message.
    static func extract(from response: HTTPResponse) -> String {
        let body = response.body.withoutByteOrderMark
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for wanted in ["message", "exceptionMessage", "error", "error_description"] {
                if let text = object.first(where: { $0.key.caseInsensitiveCompare(wanted) == .orderedSame })?.value as? String,
                   !text.isEmpty {
                    return text
                }
            }
        }
        let text = response.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.count > rawLimit ? String(text.prefix(rawLimit)) + "…" : text
    }
}
