import SyncEngine

/// A text field of the setup wizard.
public enum WizardField: Hashable, Sendable {
    /// The Ongoing system: login URL, system name, API URL or customer ID.
    case system
    /// The Ongoing API user.
    case username
    /// The Ongoing API user's password (masked).
    case password
    /// The goods owner id.
    case goodsOwner
    /// The Visma OAuth client id.
    case clientID
    /// The Visma OAuth client secret (masked).
    case clientSecret
    /// The Visma API base.
    case apiURL
    /// The Visma identity server.
    case identityURL
    /// The loopback port Visma redirects the browser to.
    case redirectPort
    /// The address the browser ended on, pasted when the loopback redirect cannot arrive.
    case pastedURL
    /// Seconds between cycles of a process.
    case interval(ProcessName)

    /// The label in front of the field.
    var label: String {
        switch self {
        case .system: "System"
        case .username: "API user"
        case .password: "Password"
        case .goodsOwner: "Goods owner"
        case .clientID: "Client ID"
        case .clientSecret: "Client secret"
        case .apiURL: "API address"
        case .identityURL: "Identity server"
        case .redirectPort: "Redirect port"
        case .pastedURL: "Pasted address"
        case .interval: "every"
        }
    }

    /// Muted text shown while the field is empty.
    var placeholder: String? {
        switch self {
        case .system: "login URL, system name or customer ID"
        case .username: "WSI…"
        case .goodsOwner: "a number, like 159"
        case .pastedURL: "http://127.0.0.1:…/callback?code=…&state=…"
        default: nil
        }
    }

    /// Whether the field holds a secret: masked on screen, never written to the progress file.
    var isSecret: Bool { self == .password || self == .clientSecret }

    /// Whether only digits make sense in the field.
    var isNumeric: Bool {
        switch self {
        case .goodsOwner, .redirectPort, .interval: true
        default: false
        }
    }
}
