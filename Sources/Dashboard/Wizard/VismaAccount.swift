/// The Visma company a finished sign-in reached, as the wizard shows and checks it.
public struct VismaAccount: Sendable, Equatable {
    /// The company's name.
    public var companyName: String
    /// The company's activated modules.
    public var activatedModules: [String]
    /// Whether Visma's own stock module is on: then the `stock` process cannot run.
    public var stockModuleActive: Bool

    /// Creates an account.
    public init(companyName: String, activatedModules: [String], stockModuleActive: Bool) {
        self.companyName = companyName
        self.activatedModules = activatedModules
        self.stockModuleActive = stockModuleActive
    }
}
