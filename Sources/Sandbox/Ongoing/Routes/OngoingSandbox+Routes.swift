import Foundation
import Hummingbird
import NIOCore

/// The REST endpoints of the sandbox system and the customer directory.
extension OngoingSandbox {
    /// Longest request body read.
    static let bodyLimit = 32 << 20

    func addRoutes(to router: Router<SandboxRequestContext>) {
        let api = "/:system/api/v1"
        route(router, .get, "\(api)/orders/statuses") { sandbox, _ in .ok(sandbox.rendering.statuses()) }
        route(router, .get, "\(api)/articles") { sandbox, call in try sandbox.searchArticles(call) }
        route(router, .get, "\(api)/articles/:id") { sandbox, call in try sandbox.articleById(call) }
        route(router, .put, "\(api)/articles") { sandbox, call in try sandbox.putArticle(call) }
        route(router, .get, "\(api)/orders") { sandbox, call in try sandbox.searchOrders(call) }
        route(router, .get, "\(api)/orders/:id") { sandbox, call in try sandbox.orderById(call) }
        route(router, .put, "\(api)/orders") { sandbox, call in try sandbox.putOrder(call) }
        route(router, .delete, "\(api)/orders/:id") { sandbox, call in try sandbox.cancelOrder(call, id: try call.requireId()) }
        route(router, .delete, "\(api)/orders") { sandbox, call in try sandbox.cancelOrderByNumber(call) }
        route(router, .patch, "\(api)/orders/:id/setReportedNumberOfItemsToPickedNumberOfItems") { sandbox, call in
            try sandbox.reportPicked(call)
        }
        route(router, .get, "\(api)/transporterContracts") { _, call in
            _ = try call.goodsOwnerFromQuery()
            return .ok(OngoingTransporters.contracts())
        }
        route(router, .get, "\(api)/inventoryAdjustments") { sandbox, call in try sandbox.searchAdjustments(call) }
        router.get("/directory/customers/:id") { [weak self] request, context in
            guard let self else { return Response(status: .serviceUnavailable) }
            return self.directoryEntry(request: request, id: context.parameters.get("id", as: Int.self))
        }
    }

    var rendering: OngoingRendering {
        OngoingRendering(goodsOwnerNames: Dictionary(options.users.map { ($0.goodsOwnerId, $0.goodsOwnerName) }, uniquingKeysWith: { first, _ in first }),
                         localisedStatuses: localisedStatuses)
    }

    /// Registers a handler behind the system check, Basic authentication and body parsing.
    private func route(_ router: Router<SandboxRequestContext>, _ method: HTTPRequest.Method, _ path: RouterPath,
                       _ handler: @escaping @Sendable (OngoingSandbox, OngoingCall) throws -> OngoingReply) {
        router.on(path, method: method) { [weak self] request, context in
            guard let self else { return Response(status: .serviceUnavailable) }
            do {
                let call = try await self.makeCall(request: request, context: context)
                return self.response(try handler(self, call))
            } catch let failure as OngoingSandboxFailure {
                return self.response(OngoingReply(status: failure.status, body: failure.body), unauthorized: failure.status == 401)
            }
        }
    }

    private func makeCall(request: Request, context: SandboxRequestContext) async throws -> OngoingCall {
        guard context.parameters.get("system")?.caseInsensitiveCompare(options.systemName) == .orderedSame else {
            throw OngoingSandboxFailure.notFound("No HTTP resource was found that matches the request URI.")
        }
        guard let header = request.headers[.authorization],
              let user = OngoingBasicAuthorization.user(from: header, among: options.users)
        else { throw OngoingSandboxFailure.unauthorized }
        let buffer = try await request.body.collect(upTo: Self.bodyLimit)
        let data = Data(buffer.readableBytesView)
        var body: OngoingJSONValue?
        if !data.isEmpty {
            guard let parsed = OngoingJSONValue.parse(data) else {
                throw OngoingSandboxFailure.badRequest("The request is invalid: the body is not valid JSON.")
            }
            body = parsed
        }
        return OngoingCall(user: user, query: OngoingWireQuery(request.uri.query), body: body,
                           id: context.parameters.get("id", as: Int.self), now: options.now())
    }

    private func response(_ reply: OngoingReply, unauthorized: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if unauthorized { headers[.wwwAuthenticate] = "Basic realm=\"\(options.systemName)\"" }
        var bytes: [UInt8] = options.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        bytes += Array(reply.body.serialized.utf8)
        return Response(status: .init(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: Articles

    private func searchArticles(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromQuery()
        var filter = ArticleFilter()
        filter.articleNumbers = call.query.all("articleNumber").filter { !$0.isEmpty } + call.query.all("articleNumbers").filter { !$0.isEmpty }
        filter.idFrom = try call.query.integer("articleSystemIdFrom")
        filter.maxCount = try call.query.integer("maxArticlesToGet")
        filter.stockInfoChangedFrom = try call.recentTime("stockInfoChangedFrom", window: 24 * 3600, limitText: "24 hours")
        filter.articleDataLastUpdatedFrom = try call.query.time("articleDataLastUpdatedFrom")
        filter.onlyArticlesInStock = try call.query.flag("onlyArticlesInStock") ?? false
        let rendering = rendering
        return .ok(warehouse.withLock { state in
            .array(state.findArticles(goodsOwnerId: owner, filter: filter).map(rendering.article))
        })
    }

    private func articleById(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let id = try call.requireId()
        let rendering = rendering
        let owner = call.user.goodsOwnerId
        let rendered = warehouse.withLock { state in
            state.articles[id].flatMap { $0.goodsOwnerId == owner ? rendering.article($0) : nil }
        }
        guard let rendered else { throw .notFound("Article \(id) was not found.") }
        return .ok(rendered)
    }

    private func putArticle(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromBody()
        let body = try call.requireBody()
        let result = try warehouse.withLock { (state) throws(OngoingSandboxFailure) in
            try state.putArticle(body, goodsOwnerId: owner, now: call.now)
        }
        return .ok(.object([("articleSystemId", .integer(result.id)), ("message", .string(result.message))]))
    }

    // MARK: Orders

    private func searchOrders(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromQuery()
        let query = call.query
        var filter = OrderFilter()
        filter.orderNumbers = query.all("orderNumber").filter { !$0.isEmpty } + query.all("orderNumbers").filter { !$0.isEmpty }
        filter.idFrom = try query.integer("orderIdFrom")
        filter.maxCount = try query.integer("maxOrdersToGet")
        filter.shippedTimeFrom = try query.time("shippedTimeFrom")
        filter.shippedTimeTo = try query.time("shippedTimeTo")
        filter.orderStatusFrom = try query.integer("orderStatusFrom")
        filter.orderStatusTo = try query.integer("orderStatusTo")
        filter.onlyOrdersWithOrderLinesToReport = try query.flag("onlyOrdersWithOrderLinesToReport") ?? false
        filter.orderStatusChangedTimeFrom = try query.time("orderStatusChangedTimeFrom")
        filter.orderUpdatedTimeFrom = try call.recentTime("orderUpdatedTimeFrom", window: 2 * 24 * 3600, limitText: "2 days")
        filter.orderCreatedTimeFrom = try query.time("orderCreatedTimeFrom")
        filter.orderCreatedTimeTo = try query.time("orderCreatedTimeTo")
        filter.lastPickingTimeFrom = try query.time("lastPickingTimeFrom")
        let rendering = rendering
        return .ok(warehouse.withLock { state in
            .array(state.findOrders(goodsOwnerId: owner, filter: filter).map { rendering.order($0, articles: state.articles) })
        })
    }

    private func orderById(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let id = try call.requireId()
        let rendering = rendering
        let owner = call.user.goodsOwnerId
        let rendered = warehouse.withLock { state in
            state.orders[id].flatMap { $0.goodsOwnerId == owner ? rendering.order($0, articles: state.articles) : nil }
        }
        guard let rendered else { throw .notFound("Order \(id) was not found.") }
        return .ok(rendered)
    }

    private func putOrder(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromBody()
        let body = try call.requireBody()
        let result = try warehouse.withLock { (state) throws(OngoingSandboxFailure) in
            try state.putOrder(body, goodsOwnerId: owner, now: call.now)
        }
        return OngoingReply(status: result.created ? 201 : 200,
                            body: .object([("orderId", .integer(result.id)), ("message", .string(result.message))]))
    }

    private func cancelOrder(_ call: OngoingCall, id: Int) throws(OngoingSandboxFailure) -> OngoingReply {
        let message = try warehouse.withLock { (state) throws(OngoingSandboxFailure) in
            try state.cancelOrder(id: id, goodsOwnerId: call.user.goodsOwnerId, now: call.now)
        }
        return .ok(.object([("orderId", .integer(id)), ("message", .string(message))]))
    }

    private func cancelOrderByNumber(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromQuery()
        guard let number = call.query.text("orderNumber") else { throw .badRequest("orderNumber is required.") }
        let id = warehouse.withLock { $0.order(number: number, goodsOwnerId: owner)?.orderId }
        guard let id else { throw .notFound("Order \(number) was not found.") }
        return try cancelOrder(call, id: id)
    }

    private func reportPicked(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let id = try call.requireId()
        let message = try warehouse.withLock { (state) throws(OngoingSandboxFailure) in
            try state.reportPicked(orderId: id, goodsOwnerId: call.user.goodsOwnerId, now: call.now)
        }
        return .ok(.object([("orderId", .integer(id)), ("message", .string(message))]))
    }

    // MARK: Stock corrections

    private func searchAdjustments(_ call: OngoingCall) throws(OngoingSandboxFailure) -> OngoingReply {
        let owner = try call.goodsOwnerFromQuery()
        guard let from = try call.query.time("from") else { throw .badRequest("from is required.") }
        // `to` is the obsolete name of `toTime`; the real API still reads it.
        let toTime = try call.query.time("toTime")
        let obsoleteTo = try call.query.time("to")
        guard let to = toTime ?? obsoleteTo else { throw .badRequest("toTime is required.") }
        let rendering = rendering
        return .ok(warehouse.withLock { state in
            rendering.adjustments(state.adjustments.filter { $0.time >= from && $0.time <= to }, articles: state.articles, goodsOwnerId: owner)
        })
    }

    // MARK: Customer directory

    private func directoryEntry(request: Request, id: Int?) -> Response {
        guard let id, options.customerIDs.contains(id) else {
            return response(OngoingReply(status: 404, body: .object([("message", .string("Unknown customer ID."))])))
        }
        let host = request.head.authority ?? "127.0.0.1"
        return response(.ok(.object([("apiUrl", .string("http://\(host)/\(options.systemName)/api/v1/"))])))
    }
}
