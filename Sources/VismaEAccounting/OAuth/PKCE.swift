import Foundation

/// A PKCE (RFC 7636) verifier and its S256 challenge.
public struct PKCE: Sendable, Equatable {
    /// The secret verifier, sent only with the token request.
    public let verifier: String
    /// `BASE64URL(SHA256(verifier))`, sent with the authorisation request.
    public var challenge: String { Base64URL.encode(SHA256.hash(Array(verifier.utf8))) }

    /// Uses `verifier` (43–128 unreserved characters).
    public init(verifier: String) {
        self.verifier = verifier
    }

    /// A fresh verifier of 32 random bytes (43 characters).
    public static func random() -> PKCE {
        PKCE(verifier: Base64URL.randomToken(byteCount: 32))
    }
}

/// Base64url without padding (RFC 4648 §5), the alphabet of PKCE values and `state`.
public enum Base64URL {
    /// Encodes `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// `byteCount` bytes from the system's cryptographic generator, encoded.
    public static func randomToken(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return encode((0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }
}
