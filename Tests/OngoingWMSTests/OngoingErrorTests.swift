import APITransport
import Foundation
import OngoingWMS
import Testing

@Suite struct OngoingErrorTests {
    private func failure(status: Int, body: String, headers: [(name: String, value: String)] = [],
                         transport: ScriptedTransport? = nil) -> OngoingError? {
        let transport = transport ?? ScriptedTransport(status: status, body: body, headers: headers)
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                 credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159)
        let client = OngoingClient(configuration: configuration, transport: transport, pacing: OngoingPacing(clock: ManualPacingClock()))
        do {
            _ = try client.orderStatuses()
            return nil
        } catch {
            return error as? OngoingError
        }
    }

    @Test func wrongPasswordIsAnAuthenticationError() throws {
        let error = try #require(failure(status: 401, body: #"{"Message":"Authorization has been denied for this request."}"#))
        #expect(error == .unauthorized(message: "Authorization has been denied for this request."))
        #expect(error.kind == .authentication)
        #expect(error.description.contains("user name or password"))
    }

    @Test func forbiddenGoodsOwnerIsAnAuthenticationError() throws {
        #expect(try #require(failure(status: 403, body: #"{"message":"no access"}"#)).kind == .authentication)
    }

    @Test(arguments: [400, 404, 409, 422])
    func refusalsArePermanentAndKeepTheServersMessage(_ status: Int) throws {
        let error = try #require(failure(status: status, body: #"{"message":"Order 1 cannot be updated since the warehouse has started working on it."}"#))
        #expect(error.kind == .permanent)
        #expect(error.serverMessage == "Order 1 cannot be updated since the warehouse has started working on it.")
    }

    @Test(arguments: [#"{"Message":"Upper"}"#, #"{"message":"Upper"}"#, #"{"MESSAGE":"Upper"}"#, "\u{FEFF}{\"message\":\"Upper\"}", "Upper"])
    func messageIsFoundWhateverTheKeyCasing(_ body: String) throws {
        #expect(try #require(failure(status: 400, body: body)).serverMessage == "Upper")
    }

    @Test(arguments: [500, 502, 503, 408])
    func serverErrorsAreTransient(_ status: Int) throws {
        #expect(try #require(failure(status: status, body: #"{"Message":"An error has occurred."}"#)).kind == .transient)
    }

    @Test func throttlingHonoursRetryAfter() throws {
        let error = try #require(failure(status: 429, body: "{}", headers: [("Retry-After", "17")]))
        #expect(error.kind == .transient)
        #expect(error.retryAfter == 17)
    }

    @Test func throttlingWithoutRetryAfterWaitsTheDefault() throws {
        #expect(try #require(failure(status: 429, body: "{}")).retryAfter == 60)
    }

    @Test func droppedConnectionsAndTimeoutsAreTransient() throws {
        let dropped = try #require(failure(status: 0, body: "", transport: ScriptedTransport([.failure(.connectionFailed("reset"))])))
        let timedOut = try #require(failure(status: 0, body: "", transport: ScriptedTransport([.failure(.timeout)])))
        #expect(dropped.kind == .transient)
        #expect(timedOut.kind == .transient)
    }

    @Test func truncatedBodyIsATransientMalformedResponse() throws {
        let error = try #require(failure(status: 200, body: #"{"orderStatuses": [{"numb"#))
        guard case .malformedResponse = error else { Issue.record("got \(error)"); return }
        #expect(error.kind == .transient)
    }

    @Test func successWithoutOrderIdIsAPermanentFailure() throws {
        let transport = ScriptedTransport(status: 200, body: #"{"orderId": null, "message": "Something odd"}"#)
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!,
                                                 credentials: OngoingCredentials(username: "WSIdemo", password: "secret"), goodsOwnerId: 159)
        let client = OngoingClient(configuration: configuration, transport: transport)
        #expect(throws: OngoingError.missingIdentifier(message: "Something odd")) {
            try client.upsertOrder(OngoingFactories.order("1", lines: [("A", 1)]))
        }
    }

    @Test func passwordNeverAppearsInDescriptions() {
        let credentials = OngoingCredentials(username: "WSIdemo", password: "hunter2")
        #expect(!"\(credentials)".contains("hunter2"))
        #expect(!String(reflecting: credentials).contains("hunter2"))
        let configuration = OngoingConfiguration(apiURL: URL(string: "https://api.ongoingsystems.se/demo/api/v1/")!, credentials: credentials, goodsOwnerId: 159)
        #expect(!"\(configuration)".contains("hunter2"))
        #expect(!String(reflecting: configuration).contains("hunter2"))
    }
}
