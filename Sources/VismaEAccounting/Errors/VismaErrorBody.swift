import APITransport
import Foundation

/// Visma's error body (`CommonExtendedBadRequest`) and how an error answer becomes a ``VismaError``.
struct VismaErrorBody {
    var errorCode: Int?
    var developerErrorMessage: String?
    var errorId: String?
    var errors: [VismaFieldError]

    /// Reads the body of an error answer; nil when it is not Visma's shape.
    static func decode(_ data: Data) -> VismaErrorBody? {
        guard let object = try? JSONDecoder().decode(JSONObject.self, from: data) else { return nil }
        let body = VismaErrorBody(
            errorCode: object.int("ErrorCode"),
            developerErrorMessage: object.string("DeveloperErrorMessage") ?? object.string("Message"),
            errorId: object.string("ErrorId"),
            errors: object.objects("Errors").map {
                VismaFieldError(field: $0.string("Field"), errorCode: $0.string("ErrorCode") ?? $0.int("ErrorCode").map(String.init), message: $0.string("Message"))
            }
        )
        return body.errorCode == nil && body.developerErrorMessage == nil ? nil : body
    }
}

extension VismaError {
    /// Classifies an error answer of the API.
    static func from(response: HTTPResponse, endpoint: String) -> VismaError {
        let body = VismaErrorBody.decode(response.body)
        let code = body?.errorCode
        let classification: Classification = switch (response.status, code) {
        case (401, _), (_, 4005), (_, 4006): .authentication
        case (429, _), (_, 4010), (408, _), (_, 5000), (_, 5001), (500..., _): .transient
        case (409, _), (_, 4000): .transient
        default: .permanent
        }
        let retryAfter = body?.developerErrorMessage.flatMap(RetryHint.seconds(in:))
        var message = "Visma answered HTTP \(response.status)"
        if let code { message += ", ErrorCode \(code)\(VismaErrorCodes.names[code].map { " \($0)" } ?? "")" }
        if let text = body?.developerErrorMessage, !text.isEmpty {
            message += ": \(text)"
        } else if body == nil, !response.body.isEmpty {
            message += ": \(String(response.text.prefix(200)))"
        }
        let fieldErrors = body?.errors ?? []
        let details = fieldErrors.map { [$0.field, $0.message].compactMap { $0 }.joined(separator: ": ") }.filter { !$0.isEmpty }
        if !details.isEmpty { message += " — " + details.joined(separator: "; ") }
        return VismaError(classification: classification, message: message, status: response.status, errorCode: code,
                          errorId: body?.errorId, fieldErrors: fieldErrors, retryAfter: retryAfter, endpoint: endpoint)
    }
}

/// Names of the error codes an integration meets, for messages.
enum VismaErrorCodes {
    static let names: [Int: String] = [
        2000: "DataModelValidationError", 3000: "ResourceNotFound", 3001: "FiscalYearDoesNotExist",
        4000: "Conflict", 4001: "CanNotBeDeleted", 4002: "CanNotBeCreatedOrUpdated", 4003: "StartupGuideNotCompleted",
        4004: "CompanyNotActive", 4005: "NotAuthorized", 4006: "NoAccessToScopes", 4007: "PermissionDenied",
        4009: "NoAccessDueToProductVariant", 4010: "TooManyRequests", 4011: "NoAccessForAuthenticatedUser",
        4012: "LicenceAgreementNotAccepted", 4028: "OrderCannotBeVoided", 4034: "NotAllowedWithSandboxClient",
        5000: "InternalServerError", 5001: "CantReachSystemDependency", 5003: "StockToNonStockNoZeroBalance",
        5004: "StockToServiceNoZeroBalance", 6000: "QueryParameterError", 6001: "InvalidInput",
    ]
}
