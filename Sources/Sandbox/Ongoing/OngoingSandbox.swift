import Dispatch
import Foundation
import Hummingbird
import Synchronization

/// An emulator of one Ongoing WMS system (REST v1 under `/{system}/api/v1/`) with a simulated
/// warehouse, served over real HTTP by ``makeServer(port:)``.
///
/// Thread-safe: the state lives behind a `Mutex`, and every inspection helper takes a
/// consistent snapshot. The warehouse moves on its own timer when ``OngoingSandboxOptions/activity``
/// is on, or step by step through ``tick()``, ``advance(orderNumber:goodsOwnerId:to:)`` and ``shipAll(goodsOwnerId:)``.
public final class OngoingSandbox: Sendable {
    /// The options the sandbox was created with.
    public let options: OngoingSandboxOptions
    /// The fault injector; change its plan while the server runs.
    public let faults: FaultInjector
    let warehouse: Mutex<OngoingWarehouse>
    let log = OngoingRequestLog()
    private let timer = Mutex<(any DispatchSourceTimer)?>(nil)
    private let interval: Mutex<Duration>

    /// Creates a sandbox; nothing is served until ``makeServer(port:)``.
    public init(options: OngoingSandboxOptions = OngoingSandboxOptions()) {
        self.options = options
        faults = FaultInjector(plan: options.faultPlan, seed: options.seed)
        warehouse = Mutex(OngoingWarehouse(seed: options.seed, shortPickRate: options.shortPickRate,
                                           localisedStatuses: options.localisedStatuses, newArticleStock: options.newArticleStock))
        interval = Mutex(options.tickInterval)
    }

    deinit {
        timer.withLock { $0?.cancel() }
    }

    /// A server for this sandbox on `127.0.0.1:port` (0 picks a free one); starts the warehouse
    /// timer when activity is on. The REST base is `http://127.0.0.1:<port>/<system>/api/v1/`.
    public func makeServer(port: Int) -> SandboxServer {
        let router = Router(context: SandboxRequestContext.self)
        let users = options.users
        router.add(middleware: OngoingRequestLogMiddleware(log: log, systemPrefix: "/\(options.systemName)/api/v1") { header in
            header.flatMap { OngoingBasicAuthorization.user(from: $0, among: users)?.goodsOwnerId }
        })
        let retryAfter = options.throttleRetryAfterSeconds
        router.add(middleware: FaultMiddleware(injector: faults) { Self.throttledResponse(retryAfter: retryAfter) })
        addRoutes(to: router)
        if options.activity { startActivity() }
        return SandboxServer(name: "ongoing", router: router, port: port)
    }

    /// Ongoing's 429: a JSON message and, when configured, `Retry-After`.
    private static func throttledResponse(retryAfter: Int?) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        let body = OngoingJSONValue.object([("message", .string("Too many requests. The rate limit for this method has been exceeded."))])
        return Response(status: .tooManyRequests, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body.serialized)))
    }

    // MARK: The simulated warehouse

    /// Starts the warehouse timer (idempotent).
    public func startActivity() {
        timer.withLock { timer in
            guard timer == nil else { return }
            let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "ovsync.sandbox.ongoing.warehouse"))
            let every = interval.withLock { $0 }
            source.schedule(deadline: .now() + every.dispatchInterval, repeating: every.dispatchInterval)
            source.setEventHandler { [weak self] in self?.tick() }
            source.resume()
            timer = source
        }
    }

    /// Stops the warehouse timer.
    public func stopActivity() {
        timer.withLock { timer in
            timer?.cancel()
            timer = nil
        }
    }

    /// The interval between warehouse ticks; changing it restarts a running timer.
    public var tickInterval: Duration {
        get { interval.withLock { $0 } }
        set {
            interval.withLock { $0 = newValue }
            let running = timer.withLock { $0 != nil }
            if running {
                stopActivity()
                startActivity()
            }
        }
    }

    /// Share of picked lines that are short-picked (0…1).
    public var shortPickRate: Double {
        get { warehouse.withLock { $0.shortPickRate } }
        set { warehouse.withLock { $0.shortPickRate = newValue } }
    }

    /// Whether status texts are Swedish.
    public var localisedStatuses: Bool {
        get { warehouse.withLock { $0.localisedStatuses } }
        set { warehouse.withLock { $0.localisedStatuses = newValue } }
    }

    /// One beat of the warehouse, as the timer does it.
    public func tick() {
        let now = options.now()
        warehouse.withLock { $0.tick(now: now) }
    }

    /// Moves the order through the warehouse's stages until its status reaches `status`.
    public func advance(orderNumber: String, goodsOwnerId: Int? = nil, to status: Int) {
        let now = options.now()
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        warehouse.withLock { state in
            guard let order = state.order(number: orderNumber, goodsOwnerId: owner) else { return }
            state.advance(orderId: order.orderId, to: status, now: now)
        }
    }

    /// Ships every open order of the goods owner (status 450, Sent).
    public func shipAll(goodsOwnerId: Int? = nil) {
        let now = options.now()
        let owner = goodsOwnerId ?? defaultGoodsOwnerId
        warehouse.withLock { state in
            for id in state.activeOrderIds.sorted() where state.orders[id]?.goodsOwnerId == owner {
                state.advance(orderId: id, to: OngoingStatusCatalogue.sent, now: now)
            }
        }
    }

    /// The goods owner of the first configured user.
    var defaultGoodsOwnerId: Int { options.users.first?.goodsOwnerId ?? 0 }
}

extension Duration {
    /// The duration for Dispatch, at millisecond precision.
    fileprivate var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
