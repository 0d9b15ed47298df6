import Foundation

/// One authenticated API call as a handler sees it.
struct OngoingCall: Sendable {
    /// The API user who called.
    let user: OngoingSandboxUser
    let query: OngoingWireQuery
    /// The parsed JSON body, if there was one.
    let body: OngoingJSONValue?
    /// The `{id}` path parameter, if the route has one.
    let id: Int?
    let now: Date

    /// The `goodsOwnerId` query parameter, required and the user's own.
    func goodsOwnerFromQuery() throws(OngoingSandboxFailure) -> Int {
        guard let id = try query.integer("goodsOwnerId") else { throw .badRequest("goodsOwnerId is required.") }
        return try owned(id)
    }

    /// The `goodsOwnerId` of the JSON body, required and the user's own.
    func goodsOwnerFromBody() throws(OngoingSandboxFailure) -> Int {
        guard let body else { throw .badRequest("The request body is required.") }
        guard let value = body["goodsOwnerId"], !value.isNull else { throw .badRequest("goodsOwnerId is required.") }
        guard let id = value.wholeNumber else { throw .badRequest("The value for 'goodsOwnerId' is not valid.") }
        return try owned(id)
    }

    /// The JSON body, required.
    func requireBody() throws(OngoingSandboxFailure) -> OngoingJSONValue {
        guard let body else { throw .badRequest("The request body is required.") }
        return body
    }

    /// The `{id}` path parameter, required.
    func requireId() throws(OngoingSandboxFailure) -> Int {
        guard let id else { throw .notFound("No HTTP resource was found that matches the request URI.") }
        return id
    }

    /// A time filter that may reach back at most `window` seconds, refused with 400 otherwise.
    func recentTime(_ name: String, window: TimeInterval, limitText: String) throws(OngoingSandboxFailure) -> Date? {
        guard let date = try query.time(name) else { return nil }
        if now.timeIntervalSince(date) > window { throw .badRequest("\(name) must be within \(limitText) of the current time.") }
        return date
    }

    /// Goods owner access: an API user belongs to exactly one goods owner. The sandbox answers
    /// any other id with 403 and a message (the real API's answer is undocumented).
    private func owned(_ id: Int) throws(OngoingSandboxFailure) -> Int {
        guard id == user.goodsOwnerId else {
            throw .forbidden("The API user \(user.username) does not have access to goods owner \(id).")
        }
        return id
    }
}

/// A handler's successful answer.
struct OngoingReply: Sendable {
    let status: Int
    let body: OngoingJSONValue

    static func ok(_ body: OngoingJSONValue) -> OngoingReply { OngoingReply(status: 200, body: body) }
}
