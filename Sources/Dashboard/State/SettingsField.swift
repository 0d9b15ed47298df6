import SyncEngine

/// One fine-tuning setting the settings overlay edits.
public enum SettingsField: Sendable, Hashable {
    /// Seconds between cycles of a process.
    case interval(ProcessName)
    /// The Ongoing status from which an order counts as started (no more updates sent).
    case startedStatus
    /// The Ongoing status from which an order counts as shipped.
    case shippedStatus
    /// Which Ongoing figure becomes Visma's stock balance.
    case stockFigure
    /// Hours between full stock sweeps.
    case fullSweepHours
    /// Whether a short shipment asks Visma for a backorder.
    case backorder
    /// Whether an optional article field is sent to Ongoing.
    case articleField(AdditionalArticleField)

    /// Every field, in the order the overlay lists them.
    public static let all: [SettingsField] = ProcessName.allCases.map { .interval($0) }
        + [.startedStatus, .shippedStatus, .stockFigure, .fullSweepHours, .backorder]
        + AdditionalArticleField.allCases.map { .articleField($0) }

    /// What kind of value the field holds.
    public enum Kind: Sendable, Hashable {
        /// A whole number within `range`.
        case number(ClosedRange<Int>)
        /// On or off.
        case toggle
        /// One of a few choices, cycled.
        case choice
    }

    /// What kind of value the field holds.
    public var kind: Kind {
        switch self {
        case .interval: .number(5...86_400)
        case .startedStatus, .shippedStatus: .number(0...10_000)
        case .fullSweepHours: .number(1...168)
        case .stockFigure: .choice
        case .backorder, .articleField: .toggle
        }
    }

    /// The label shown in the overlay.
    public var label: String {
        switch self {
        case .interval(let process): "\(process.rawValue) interval (s)"
        case .startedStatus: "orders: picking started at status"
        case .shippedStatus: "shipments: shipped at status"
        case .stockFigure: "stock figure written to Visma"
        case .fullSweepHours: "stock: full sweep every (h)"
        case .backorder: "backorder on short shipment"
        case .articleField(let field): "article field \(field.rawValue)"
        }
    }

    /// The field's current number, for number fields.
    public func number(in configuration: Configuration) -> Int? {
        switch self {
        case .interval(let process): configuration.schedule(of: process).intervalSeconds
        case .startedStatus: configuration.orders.startedStatus
        case .shippedStatus: configuration.shipments.shippedStatus
        case .fullSweepHours: configuration.stock.fullSweepHours
        case .stockFigure, .backorder, .articleField: nil
        }
    }

    /// The value as shown.
    public func valueText(in configuration: Configuration) -> String {
        switch self {
        case .stockFigure:
            configuration.stock.figure == .sellable ? "sellable (sellableNumberOfItems)" : "physical (numberOfItems)"
        case .backorder:
            configuration.shipments.backorderOnShortShipment ? "on" : "off"
        case .articleField(let field):
            configuration.articles.additionalFields.contains(field) ? "on" : "off"
        default:
            number(in: configuration).map(String.init) ?? ""
        }
    }

    /// Sets a number field to `value`, clamped to its range.
    public func set(_ value: Int, in configuration: inout Configuration) {
        guard case .number(let range) = kind else { return }
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        switch self {
        case .interval(let process):
            var schedule = configuration.schedule(of: process)
            schedule.intervalSeconds = clamped
            configuration.setSchedule(schedule, of: process)
        case .startedStatus: configuration.orders.startedStatus = clamped
        case .shippedStatus: configuration.shipments.shippedStatus = clamped
        case .fullSweepHours: configuration.stock.fullSweepHours = clamped
        case .stockFigure, .backorder, .articleField: break
        }
    }

    /// Moves a number one step (`direction` ±1) or flips a toggle or choice.
    public func step(_ direction: Int, in configuration: inout Configuration) {
        switch self {
        case .stockFigure:
            configuration.stock.figure = configuration.stock.figure == .sellable ? .physical : .sellable
        case .backorder:
            configuration.shipments.backorderOnShortShipment.toggle()
        case .articleField(let field):
            if let index = configuration.articles.additionalFields.firstIndex(of: field) {
                configuration.articles.additionalFields.remove(at: index)
            } else {
                configuration.articles.additionalFields.append(field)
            }
        case .interval, .startedStatus, .shippedStatus, .fullSweepHours:
            guard let current = number(in: configuration) else { return }
            set(current + direction * stepSize(at: current), in: &configuration)
        }
    }

    /// How far one step moves a number: seconds in fives below a minute, then minutes; statuses in tens.
    private func stepSize(at value: Int) -> Int {
        switch self {
        case .interval: value < 60 ? 5 : 60
        case .startedStatus, .shippedStatus: 10
        default: 1
        }
    }
}
