/// What survives a restart of the wizard: the step reached and every answer except the
/// password and the client secret, which are asked again.
public struct WizardProgress: Sendable, Equatable, Codable {
    /// The furthest step reached.
    public var step: WizardStep
    /// The Ongoing system as entered.
    public var system: String
    /// The Ongoing API user.
    public var username: String
    /// The goods owner as entered.
    public var goodsOwner: String
    /// The Visma client id.
    public var clientID: String
    /// The Visma API base as entered.
    public var apiURL: String
    /// The Visma identity server as entered.
    public var identityURL: String
    /// The redirect port as entered.
    public var redirectPort: String
    /// The fine-tuning choices.
    public var tuning: TuningChoices

    /// Creates a progress record.
    public init(step: WizardStep, system: String, username: String, goodsOwner: String, clientID: String, apiURL: String,
                identityURL: String, redirectPort: String, tuning: TuningChoices) {
        self.step = step
        self.system = system
        self.username = username
        self.goodsOwner = goodsOwner
        self.clientID = clientID
        self.apiURL = apiURL
        self.identityURL = identityURL
        self.redirectPort = redirectPort
        self.tuning = tuning
    }
}
