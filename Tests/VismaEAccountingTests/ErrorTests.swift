import APITransport
import Foundation
import Testing
@testable import VismaEAccounting

struct ErrorTests {
    private func error(_ status: Int, _ body: String) -> VismaError {
        VismaError.from(response: HTTPResponse(status: status, body: Data(body.utf8)), endpoint: "PUT /v2/orders/{id}")
    }

    @Test func validationErrorsArePermanentAndNameTheField() {
        let failure = error(400, #"{"ErrorCode":2000,"DeveloperErrorMessage":"Invalid","ErrorId":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","Errors":[{"Field":"Rows[0].Quantity","ErrorCode":"Precision","Message":"too many decimals"}]}"#)
        #expect(failure.classification == .permanent)
        #expect(failure.errorCode == 2000)
        #expect(failure.errorId == "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        #expect(failure.fieldErrors == [VismaFieldError(field: "Rows[0].Quantity", errorCode: "Precision", message: "too many decimals")])
        #expect(failure.message.contains("Rows[0].Quantity: too many decimals"))
        #expect(failure.message.contains("DataModelValidationError"))
    }

    @Test func unauthorisedIsAnAuthenticationError() {
        #expect(error(401, #"{"ErrorCode":4005,"DeveloperErrorMessage":"AuthorizationException"}"#).classification == .authentication)
        #expect(error(403, #"{"ErrorCode":4006,"DeveloperErrorMessage":"NoAccessToScopes"}"#).needsReauthorization)
    }

    @Test func throttlingCarriesTheWaitHint() {
        let failure = error(429, #"{"ErrorCode":4010,"DeveloperErrorMessage":"API calls quota exceeded! maximum admitted 600 per Minute. Try again in 55 seconds.","ErrorId":"x"}"#)
        #expect(failure.classification == .transient)
        #expect(failure.retryAfter == 55)
    }

    @Test func serverErrorsAndUnknownBodiesAreTransient() {
        let failure = error(503, "<html>Service Unavailable</html>")
        #expect(failure.classification == .transient)
        #expect(failure.message.contains("503"))
    }

    @Test func readsTheHintInAnyCasing() {
        #expect(RetryHint.seconds(in: "try again in 1 second") == 1)
        #expect(RetryHint.seconds(in: "Try again later") == nil)
    }
}
