import Foundation
import SyncEngine
import Testing
import TestSupport

/// Printing or logging secrets by mistake reveals which are present, never their values.
struct ConnectionSecretsTests {
    private static let values = ["ongoing-pa55word", "visma-client-s3cret", "access-t0ken", "refresh-t0ken"]

    private func everySecretSet() -> ConnectionSecrets {
        var secrets = ConnectionSecrets()
        secrets.ongoingPassword = Self.values[0]
        secrets.vismaClientSecret = Self.values[1]
        secrets.vismaAccessToken = Self.values[2]
        secrets.vismaRefreshToken = Self.values[3]
        secrets.vismaAccessTokenExpiresAt = FixedDates.reference
        return secrets
    }

    @Test func descriptionNeverContainsASecret() {
        let secrets = everySecretSet()
        let renderings = [secrets.description, secrets.debugDescription, "\(secrets)", String(describing: secrets),
                          String(reflecting: secrets), "\([secrets])", "\(Optional(secrets) as Any)"]
        for rendering in renderings {
            for value in Self.values {
                #expect(!rendering.contains(value), "\(rendering) reveals \(value)")
            }
        }
    }

    @Test func descriptionNamesWhichSecretsArePresent() {
        #expect(everySecretSet().description
            == "ConnectionSecrets(ongoing password, visma client secret, visma access token, visma refresh token: redacted)")
        var passwordOnly = ConnectionSecrets()
        passwordOnly.ongoingPassword = "x"
        #expect(passwordOnly.description == "ConnectionSecrets(ongoing password: redacted)")
        #expect(ConnectionSecrets().description == "ConnectionSecrets(none: redacted)")
    }
}
