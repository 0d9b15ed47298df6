import SyncEngine

/// What step 3 decides: each process on or off and how often, the two status thresholds, the
/// stock figure, the additional article fields and backorders. No secrets, so it may be saved.
public struct TuningChoices: Sendable, Equatable, Codable {
    /// One process's switch and interval.
    public struct ProcessChoice: Sendable, Equatable, Codable {
        /// The process.
        public var process: ProcessName
        /// Whether it runs.
        public var enabled: Bool
        /// Seconds between cycles.
        public var intervalSeconds: Int
    }

    /// The four processes, in their usual order.
    public var processes: [ProcessChoice]
    /// The Ongoing status from which orders are no longer updated.
    public var startedStatus: Int
    /// The Ongoing status from which an order counts as shipped.
    public var shippedStatus: Int
    /// Which Ongoing figure becomes Visma's stock balance.
    public var stockFigure: StockFigure
    /// Optional article fields sent to Ongoing.
    public var additionalFields: [AdditionalArticleField]
    /// Whether a short shipment asks Visma for a backorder of the rest.
    public var backorderOnShortShipment: Bool

    /// The choices `configuration` holds (the defaults for a fresh home: everything on).
    public init(_ configuration: Configuration) {
        processes = ProcessName.allCases.map {
            let schedule = configuration.schedule(of: $0)
            return ProcessChoice(process: $0, enabled: schedule.enabled, intervalSeconds: schedule.intervalSeconds)
        }
        startedStatus = configuration.orders.startedStatus
        shippedStatus = configuration.shipments.shippedStatus
        stockFigure = configuration.stock.figure
        additionalFields = configuration.articles.additionalFields
        backorderOnShortShipment = configuration.shipments.backorderOnShortShipment
    }

    /// Whether `process` is switched on.
    public func isEnabled(_ process: ProcessName) -> Bool {
        processes.first { $0.process == process }?.enabled ?? true
    }

    /// Seconds between cycles of `process`.
    public func interval(of process: ProcessName) -> Int {
        processes.first { $0.process == process }?.intervalSeconds ?? Configuration().schedule(of: process).intervalSeconds
    }

    /// Switches `process` on or off.
    mutating func setEnabled(_ process: ProcessName, _ enabled: Bool) {
        guard let index = processes.firstIndex(where: { $0.process == process }) else { return }
        processes[index].enabled = enabled
    }

    /// Sets the interval of `process`.
    mutating func setInterval(_ process: ProcessName, _ seconds: Int) {
        guard let index = processes.firstIndex(where: { $0.process == process }) else { return }
        processes[index].intervalSeconds = seconds
    }

    /// Switches an additional article field on or off.
    mutating func toggle(_ field: AdditionalArticleField) {
        if let index = additionalFields.firstIndex(of: field) {
            additionalFields.remove(at: index)
        } else {
            additionalFields = AdditionalArticleField.allCases.filter { $0 == field || additionalFields.contains($0) }
        }
    }

    /// Writes the choices into `configuration`.
    public func apply(to configuration: inout Configuration) {
        for choice in processes {
            configuration.setSchedule(ProcessSchedule(enabled: choice.enabled, intervalSeconds: choice.intervalSeconds), of: choice.process)
        }
        configuration.orders.startedStatus = startedStatus
        configuration.shipments.shippedStatus = shippedStatus
        configuration.shipments.backorderOnShortShipment = backorderOnShortShipment
        configuration.stock.figure = stockFigure
        configuration.articles.additionalFields = additionalFields
    }
}
