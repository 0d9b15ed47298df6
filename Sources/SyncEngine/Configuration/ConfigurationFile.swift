import Foundation
import TOMLKit

/// Reads and writes `config.toml`.
public enum ConfigurationFile {
    /// A loaded configuration and the warnings about keys that were not understood.
    public struct Loaded: Sendable, Equatable {
        /// The settings, defaults filled in.
        public var configuration: Configuration
        /// One line per unknown key, naming the file and the key.
        public var warnings: [String]
    }

    /// Loads `url`; a missing file gives the defaults.
    public static func load(from url: URL) throws -> Loaded {
        guard FileManager.default.fileExists(atPath: url.path) else { return Loaded(configuration: Configuration(), warnings: []) }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: url.path, key: nil, problem: "cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
        return try parse(text, file: url.path)
    }

    /// Parses TOML `text`; `file` names the source in messages.
    public static func parse(_ text: String, file: String) throws -> Loaded {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: file, key: nil, problem: "line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        }
        var root = TOMLSection(table: table, path: "", file: file)
        var configuration = Configuration()

        if var visma = try root.section("visma") {
            if let url = try visma.url("api_url") { configuration.visma.apiURL = url }
            if let url = try visma.url("identity_url") { configuration.visma.identityURL = url }
            configuration.visma.clientID = try visma.string("client_id")
            if let port = try visma.int("redirect_port", in: 1...65535, meaning: "a TCP port") { configuration.visma.redirectPort = port }
            root.adopt(visma)
        }
        if var ongoing = try root.section("ongoing") {
            configuration.ongoing.apiURL = try ongoing.url("api_url")
            configuration.ongoing.username = try ongoing.string("username")
            configuration.ongoing.goodsOwnerID = try ongoing.int("goods_owner_id", in: 1...Int(Int32.max), meaning: "a goods owner id")
            configuration.ongoing.directoryURL = try ongoing.url("directory_url")
            root.adopt(ongoing)
        }
        if var processes = try root.section("processes") {
            for process in ProcessName.allCases {
                guard var section = try processes.section(process.rawValue) else { continue }
                var schedule = configuration.schedule(of: process)
                if let enabled = try section.bool("enabled") { schedule.enabled = enabled }
                if let interval = try section.int("interval_seconds", in: 5...86_400, meaning: "seconds between cycles") { schedule.intervalSeconds = interval }
                configuration.setSchedule(schedule, of: process)
                switch process {
                case .articles:
                    if let fields = try section.choices("additional_fields", of: AdditionalArticleField.self) { configuration.articles.additionalFields = fields }
                case .orders:
                    if let status = try section.int("started_status", in: 1...10_000, meaning: "an Ongoing status number") { configuration.orders.startedStatus = status }
                case .shipments:
                    if let status = try section.int("shipped_status", in: 1...10_000, meaning: "an Ongoing status number") { configuration.shipments.shippedStatus = status }
                    if let backorder = try section.bool("backorder_on_short_shipment") { configuration.shipments.backorderOnShortShipment = backorder }
                case .stock:
                    if let hours = try section.int("full_sweep_hours", in: 1...168, meaning: "hours between full sweeps") { configuration.stock.fullSweepHours = hours }
                    if let figure = try section.choice("figure", of: StockFigure.self) { configuration.stock.figure = figure }
                }
                processes.adopt(section)
            }
            root.adopt(processes)
        }
        let warnings = root.unknownKeys.map { "\(file): unknown key \($0) (ignored)" }
        return Loaded(configuration: configuration, warnings: warnings)
    }

    /// The TOML text for `configuration`, every setting written out with a comment.
    public static func render(_ configuration: Configuration) -> String {
        var lines = ["# ovsync settings. Secrets (passwords, client secrets, tokens) are never kept here.", ""]
        lines += ["[visma]",
                  "api_url = \(quoted(configuration.visma.apiURL.absoluteString))",
                  "identity_url = \(quoted(configuration.visma.identityURL.absoluteString))"]
        if let clientID = configuration.visma.clientID { lines.append("client_id = \(quoted(clientID))") }
        lines += ["redirect_port = \(configuration.visma.redirectPort)", "", "[ongoing]"]
        if let url = configuration.ongoing.apiURL { lines.append("api_url = \(quoted(url.absoluteString))") }
        if let username = configuration.ongoing.username { lines.append("username = \(quoted(username))") }
        if let goodsOwner = configuration.ongoing.goodsOwnerID { lines.append("goods_owner_id = \(goodsOwner)") }
        if let directory = configuration.ongoing.directoryURL { lines.append("directory_url = \(quoted(directory.absoluteString))") }
        for process in ProcessName.allCases {
            let schedule = configuration.schedule(of: process)
            lines += ["", "[processes.\(process.rawValue)]", "enabled = \(schedule.enabled)", "interval_seconds = \(schedule.intervalSeconds)"]
            switch process {
            case .articles:
                let fields = configuration.articles.additionalFields.map { quoted($0.rawValue) }.joined(separator: ", ")
                lines.append("additional_fields = [\(fields)]   # any of: \(AdditionalArticleField.allCases.map(\.rawValue).joined(separator: ", "))")
            case .orders:
                lines.append("started_status = \(configuration.orders.startedStatus)   # Ongoing status from which orders are no longer updated")
            case .shipments:
                lines.append("shipped_status = \(configuration.shipments.shippedStatus)   # Ongoing status from which an order counts as shipped")
                lines.append("backorder_on_short_shipment = \(configuration.shipments.backorderOnShortShipment)")
            case .stock:
                lines.append("full_sweep_hours = \(configuration.stock.fullSweepHours)")
                lines.append("figure = \(quoted(configuration.stock.figure.rawValue))   # \"sellable\" or \"physical\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `configuration` to `url` atomically, readable only by the owner.
    public static func save(_ configuration: Configuration, to url: URL) throws {
        try AtomicFile.write(Data(render(configuration).utf8), to: url, mode: 0o600)
    }

    private static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 { escaped += String(format: "\\u%04X", scalar.value) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return "\"\(escaped)\""
    }
}
