/// The company settings (`CompanySettingsApi`) that decide what the integration may do.
public struct VismaCompanySettings: Sendable, Equatable {
    /// The complete settings object as received.
    public let json: JSONObject

    /// Wraps a settings object.
    public init(json: JSONObject) {
        self.json = json
    }

    /// The company's name.
    public var name: String { json.string("Name") ?? "" }
    /// The company's country code.
    public var countryCode: String? { json.string("CountryCode") }
    /// The domestic currency.
    public var currencyCode: String? { json.string("CurrencyCode") }
    /// The modules the company has switched on (e.g. `api_standard`, `sales_standard`).
    public var activatedModules: [String] { json.strings("ActivatedModules") }

    /// Whether Visma's own stock module is on; then `StockBalance` is read-only and the
    /// `stock` process cannot work. Visma does not document the module's exact name, so any
    /// activated module whose name mentions "stock" counts.
    public var stockModuleActive: Bool {
        activatedModules.contains { $0.range(of: "stock", options: .caseInsensitive) != nil }
    }
}
