import Foundation
import Hummingbird

/// Visma's error answers, byte for byte in the documented shape
/// (`ErrorCode`, `DeveloperErrorMessage`, `ErrorId`, and `Errors[]` for validation).
enum VismaErrorResponses {
    /// Any error: `status` with Visma's body.
    static func error(_ status: HTTPResponse.Status, code: Int, message: String, problems: [VismaFieldProblem] = []) -> Response {
        var body: [String: VismaJSON] = [
            "ErrorCode": .number(Decimal(code)),
            "DeveloperErrorMessage": .string(message),
            "ErrorId": .string(UUID().uuidString.lowercased()),
        ]
        if !problems.isEmpty {
            body["Errors"] = .array(problems.map {
                .object(["Field": .string($0.field), "ErrorCode": .string($0.code), "Message": .string($0.message), "Key": .string($0.field)])
            })
        }
        return VismaResponses.json(.object(body), status: status)
    }

    /// 401 with ErrorCode 4005, for a missing, unknown or expired access token.
    static func unauthorized() -> Response {
        var response = error(.unauthorized, code: 4005, message: "AuthorizationException - Authorization has been denied for this request.")
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }

    /// 429 with ErrorCode 4010 and the wait hint in the message, as Visma words it.
    static func tooManyRequests(limit: Int, retryAfterSeconds: Int) -> Response {
        error(.tooManyRequests, code: 4010,
              message: "API calls quota exceeded! maximum admitted \(limit) per Minute. Try again in \(max(1, retryAfterSeconds)) seconds.")
    }
}

/// JSON answers of the sandbox.
enum VismaResponses {
    /// `value` as a JSON body.
    static func json(_ value: VismaJSON, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }
}
