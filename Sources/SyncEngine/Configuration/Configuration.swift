import Foundation

/// Everything `config.toml` holds: connection addresses and the settings of each process.
/// Never holds a secret; those live in ``SecretsStore``.
public struct Configuration: Sendable, Equatable {
    /// The Visma eAccounting connection.
    public var visma = VismaSettings()
    /// The Ongoing WMS connection.
    public var ongoing = OngoingSettings()
    /// Visma articles → Ongoing.
    public var articles = ArticlesSettings()
    /// Visma orders → Ongoing.
    public var orders = OrdersSettings()
    /// Ongoing shipments → Visma.
    public var shipments = ShipmentsSettings()
    /// Ongoing stock → Visma.
    public var stock = StockSettings()

    /// The defaults: every process on, default intervals and thresholds, nothing connected.
    public init() {}

    /// The schedule settings of `process`.
    public func schedule(of process: ProcessName) -> ProcessSchedule {
        switch process {
        case .articles: articles.schedule
        case .orders: orders.schedule
        case .shipments: shipments.schedule
        case .stock: stock.schedule
        }
    }

    /// Changes the schedule settings of `process`.
    public mutating func setSchedule(_ schedule: ProcessSchedule, of process: ProcessName) {
        switch process {
        case .articles: articles.schedule = schedule
        case .orders: orders.schedule = schedule
        case .shipments: shipments.schedule = schedule
        case .stock: stock.schedule = schedule
        }
    }
}

/// The four processes, by their command-line names.
public enum ProcessName: String, Sendable, CaseIterable, Codable, Comparable {
    case articles, orders, shipments, stock

    public static func < (lhs: ProcessName, rhs: ProcessName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a process runs and how often.
public struct ProcessSchedule: Sendable, Equatable {
    /// Whether the process is switched on when the engine starts (all are by default).
    public var enabled: Bool
    /// Seconds between cycles.
    public var intervalSeconds: Int

    /// Creates a schedule.
    public init(enabled: Bool = true, intervalSeconds: Int) {
        self.enabled = enabled
        self.intervalSeconds = intervalSeconds
    }
}

/// Where Visma eAccounting is and which OAuth client ovsync signs in with.
public struct VismaSettings: Sendable, Equatable {
    /// The API base, ending in `/v2`.
    public var apiURL = URL(string: "https://eaccountingapi.vismaonline.com/v2")!
    /// The identity server (authorize, token, revocation).
    public var identityURL = URL(string: "https://identity.vismaonline.com")!
    /// The OAuth client id (the client secret is in the secrets store).
    public var clientID: String?
    /// The loopback port of the OAuth redirect receiver.
    public var redirectPort = 53682

    /// The defaults.
    public init() {}
}

/// Where Ongoing WMS is and which API user and goods owner ovsync works as.
public struct OngoingSettings: Sendable, Equatable {
    /// The REST API base, e.g. `https://api.ongoingsystems.se/WAREHOUSE/api/v1`.
    public var apiURL: URL?
    /// The API user (the password is in the secrets store).
    public var username: String?
    /// The goods owner whose articles and orders ovsync manages.
    public var goodsOwnerID: Int?
    /// Resolves numeric customer IDs to API URLs.
    public var directoryURL: URL?

    /// The defaults.
    public init() {}
}

/// Settings of the `articles` process.
public struct ArticlesSettings: Sendable, Equatable {
    /// On/off and interval (default 300 s).
    public var schedule = ProcessSchedule(intervalSeconds: 300)
    /// Visma article fields sent beyond the defaults, by name (off by default).
    public var additionalFields: [AdditionalArticleField] = []

    /// The defaults.
    public init() {}
}

/// Optional Visma article fields that can be sent to Ongoing.
public enum AdditionalArticleField: String, Sendable, CaseIterable, Codable {
    case nameEnglish = "name_english"
    case grossPrice = "gross_price"
    case stockLocation = "stock_location"
    case note
}

/// Settings of the `orders` process.
public struct OrdersSettings: Sendable, Equatable {
    /// On/off and interval (default 60 s).
    public var schedule = ProcessSchedule(intervalSeconds: 60)
    /// The Ongoing status number from which the warehouse has started working on an order.
    public var startedStatus = 300

    /// The defaults.
    public init() {}
}

/// Settings of the `shipments` process.
public struct ShipmentsSettings: Sendable, Equatable {
    /// On/off and interval (default 60 s).
    public var schedule = ProcessSchedule(intervalSeconds: 60)
    /// The Ongoing status number from which an order counts as shipped.
    public var shippedStatus = 450
    /// Ask Visma for a backorder of the undelivered rest after a short shipment.
    public var backorderOnShortShipment = false

    /// The defaults.
    public init() {}
}

/// Which Ongoing figure becomes Visma's stock balance.
public enum StockFigure: String, Sendable, CaseIterable, Codable {
    /// `sellableNumberOfItems`: what can still be sold.
    case sellable
    /// `numberOfItems`: physical stock on the shelves.
    case physical
}

/// Settings of the `stock` process.
public struct StockSettings: Sendable, Equatable {
    /// On/off and interval (default 300 s).
    public var schedule = ProcessSchedule(intervalSeconds: 300)
    /// Hours between full sweeps of every article (default 6).
    public var fullSweepHours = 6
    /// The Ongoing figure written to Visma.
    public var figure = StockFigure.sellable

    /// The defaults.
    public init() {}
}
