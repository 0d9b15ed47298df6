import Foundation
import Hummingbird

/// The API under `/v2`: articles, orders (with `/completed` and `/backorder`), customers and
/// company settings, behind bearer authentication and the per-client, per-endpoint rate limit.
struct VismaAPIRoutes: Sendable {
    let company: VismaCompany
    let identity: VismaIdentity
    let limiter: VismaRateLimiter

    private static let articleFields = Set(VismaModelRules.article.fields.keys).union(["CodingType"])
    private static let orderFields = Set(VismaModelRules.order.fields.keys)
    private static let customerFields: Set<String> = ["Id", "CustomerNumber", "Name", "ChangedUtc", "IsActive", "IsPrivatePerson", "EmailAddress"]

    func register(on api: RouterGroup<SandboxRequestContext>) {
        api.get("articles") { request, _ in
            try await guarded(request, "GET /v2/articles") { try list(request, \.articles, fields: Self.articleFields) }
        }
        api.get("articles/:id") { request, context in
            try await guarded(request, "GET /v2/articles/{id}") { try company.record(\.articles, id: try id(context), kind: "Article") }
        }
        api.put("articles/:id") { request, context in
            let body = try await Self.body(request)
            return try await guarded(request, "PUT /v2/articles/{id}") { try company.replaceArticle(id: try id(context), body: try Self.object(body)) }
        }
        api.get("orders") { request, _ in
            try await guarded(request, "GET /v2/orders") { try list(request, \.orders, fields: Self.orderFields) }
        }
        api.get("orders/:id") { request, context in
            try await guarded(request, "GET /v2/orders/{id}") { try company.record(\.orders, id: try id(context), kind: "Order") }
        }
        api.put("orders/:id") { request, context in
            let body = try await Self.body(request)
            return try await guarded(request, "PUT /v2/orders/{id}") { try company.replaceOrder(id: try id(context), body: try Self.object(body)) }
        }
        api.delete("orders/:id") { request, context in
            try await guarded(request, "DELETE /v2/orders/{id}") {
                try company.deleteOrder(id: try id(context))
                return nil
            }
        }
        api.post("orders/:id/completed") { request, context in
            try await guarded(request, "POST /v2/orders/{id}/completed") { try company.completeOrder(id: try id(context)) }
        }
        api.post("orders/:id/backorder") { request, context in
            try await guarded(request, "POST /v2/orders/{id}/backorder") { try company.createBackorder(id: try id(context)) }
        }
        api.get("customers") { request, _ in
            try await guarded(request, "GET /v2/customers") { try list(request, \.customers, fields: Self.customerFields) }
        }
        api.get("customers/:id") { request, context in
            try await guarded(request, "GET /v2/customers/{id}") { try company.record(\.customers, id: try id(context), kind: "Customer") }
        }
        api.get("companysettings") { request, _ in
            try await guarded(request, "GET /v2/companysettings") { company.settings() }
        }
    }

    /// Authenticates, rate-limits, then runs `work`; its failures become Visma's error bodies.
    /// A nil result answers 204.
    private func guarded(_ request: Request, _ endpoint: String, _ work: () throws -> VismaJSON?) async throws -> Response {
        guard let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer "),
              let client = identity.client(forAccessToken: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)) else {
            return VismaErrorResponses.unauthorized()
        }
        if let wait = limiter.admit("\(client) \(endpoint)") {
            return VismaErrorResponses.tooManyRequests(limit: limiter.limit, retryAfterSeconds: wait)
        }
        do {
            guard let result = try work() else { return Response(status: .noContent) }
            return VismaResponses.json(result)
        } catch let failure as VismaAPIFailure {
            return VismaErrorResponses.error(.init(code: failure.status), code: failure.code, message: failure.message, problems: failure.problems)
        } catch let failure as VismaFilterExpression.Failure {
            return VismaErrorResponses.error(.badRequest, code: failure.code, message: "QueryParameterException - \(failure.message)")
        }
    }

    private func list(_ request: Request, _ table: KeyPath<VismaCompany.State, VismaRecordTable>, fields: Set<String>) throws -> VismaJSON {
        company.list(table, query: try VismaListQuery.parse(request.uri.query ?? "", fields: fields))
    }

    private func id(_ context: SandboxRequestContext) throws(VismaAPIFailure) -> String {
        guard let id = context.parameters.get("id"), UUID(uuidString: id) != nil else { throw .notFound("The resource") }
        return id
    }

    private static func body(_ request: Request) async throws -> ByteBuffer {
        var request = request
        return try await request.collectBody(upTo: 4 * 1024 * 1024)
    }

    /// The body as a JSON object, or a 400 like Visma's for an unreadable body.
    private static func object(_ buffer: ByteBuffer) throws(VismaAPIFailure) -> [String: VismaJSON] {
        guard let object = VismaJSON.parse(Data(buffer: buffer))?.object else {
            throw .refused(2000, "DataModelValidationException - The request body is not a JSON object.")
        }
        return object
    }
}

extension Data {
    fileprivate init(buffer: ByteBuffer) {
        self = buffer.getData(at: buffer.readerIndex, length: buffer.readableBytes) ?? Data()
    }
}
