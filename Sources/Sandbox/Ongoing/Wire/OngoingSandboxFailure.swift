/// A refusal the Ongoing sandbox answers with an HTTP error status and a JSON message.
struct OngoingSandboxFailure: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: Int
    /// The human-readable message.
    let message: String
    /// The key the message is sent under: ASP.NET's own errors (authorisation, unknown
    /// routes) use `Message`, the API's validation answers use `message`.
    let key: String

    static func badRequest(_ message: String) -> OngoingSandboxFailure {
        OngoingSandboxFailure(status: 400, message: message, key: "message")
    }

    static func notFound(_ message: String) -> OngoingSandboxFailure {
        OngoingSandboxFailure(status: 404, message: message, key: "Message")
    }

    static let unauthorized = OngoingSandboxFailure(status: 401, message: "Authorization has been denied for this request.", key: "Message")

    static func forbidden(_ message: String) -> OngoingSandboxFailure {
        OngoingSandboxFailure(status: 403, message: message, key: "message")
    }

    /// The JSON body.
    var body: OngoingJSONValue { .object([(key, .string(message))]) }
}
