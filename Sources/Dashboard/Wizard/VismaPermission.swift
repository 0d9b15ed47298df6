import VismaEAccounting

/// A permission (OAuth scope) the sign-in asks Visma for, and why ovsync needs it.
struct VismaPermission: Sendable {
    /// The scope.
    var scope: String
    /// Why it is needed, in the admin's words.
    var reason: String

    /// The scopes the sign-in requests, each with its reason.
    static let requested: [VismaPermission] = VismaOAuthConfiguration.defaultScopes.map { scope in
        VismaPermission(scope: scope, reason: reasons[scope] ?? "requested by ovsync")
    }

    private static let reasons: [String: String] = [
        "ea:api": "use the eAccounting API for the company at all (read the company settings and modules)",
        "ea:sales": "read articles and sales orders; write delivered quantities, mark orders shipped, write stock balances",
        "offline_access": "keep working unattended: a refresh token renews the 60-minute access token",
    ]
}
