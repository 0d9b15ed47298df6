import SyncEngine

/// Everything step 4 writes, verified in steps 1 and 2. Its description never shows a secret.
public struct ActivationPlan: Sendable, CustomStringConvertible {
    /// The verified warehouse.
    public var warehouse: WarehouseConnection
    /// The warehouse password.
    public var password: String
    /// The Visma client and addresses.
    public var visma: VismaClientEntry
    /// The finished sign-in holding the tokens.
    public var signIn: any WizardSignIn
    /// The fine-tuning.
    public var tuning: TuningChoices

    /// Creates a plan.
    public init(warehouse: WarehouseConnection, password: String, visma: VismaClientEntry, signIn: any WizardSignIn, tuning: TuningChoices) {
        self.warehouse = warehouse
        self.password = password
        self.visma = visma
        self.signIn = signIn
        self.tuning = tuning
    }

    /// Writes both connections (config.toml, secrets store, state store) and the settings, sets
    /// each process on or off, and removes the wizard's progress file.
    public func activate(in workspace: Workspace) throws {
        try workspace.saveOngoingConnection(apiURL: warehouse.apiURL, username: warehouse.username, password: password,
                                            goodsOwnerID: warehouse.goodsOwnerID, statuses: warehouse.statuses,
                                            directoryURL: warehouse.directoryURL)
        try signIn.save(in: workspace, entry: visma)
        try workspace.updateConfiguration { tuning.apply(to: &$0) }
        for choice in tuning.processes {
            try workspace.setProcess(choice.process, enabled: choice.enabled)
        }
        WizardProgressFile(home: workspace.home).remove()
    }

    public var description: String { "ActivationPlan(\(warehouse.systemName), \(visma), password <redacted>)" }
}
