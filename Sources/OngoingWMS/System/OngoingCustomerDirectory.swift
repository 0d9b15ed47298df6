import APITransport
import Foundation

/// Looks up a numeric Ongoing customer ID in a customer directory: `GET {base}/customers/{id}`
/// answers `{"apiUrl": "…/api/v1/"}`.
///
/// Ongoing publishes no such directory; the base URL is configurable (the sandbox serves one),
/// so an operator who keeps such a list can let users enter the ID they know.
public struct OngoingCustomerDirectory: Sendable {
    /// The directory's base URL.
    public let baseURL: URL
    let transport: any HTTPTransport
    let timeout: Duration

    /// Creates a directory client.
    public init(baseURL: URL, transport: any HTTPTransport, timeout: Duration = .seconds(15)) {
        self.baseURL = baseURL
        self.transport = transport
        self.timeout = timeout
    }

    private struct Entry: Decodable {
        var apiUrl: String?
    }

    /// The REST base URL of customer `customerID`.
    public func apiURL(customerID: Int) throws(OngoingSystemError) -> URL {
        let base = baseURL.absoluteString.hasSuffix("/") ? baseURL.absoluteString : baseURL.absoluteString + "/"
        guard let url = URL(string: "\(base)customers/\(customerID)") else { throw .directoryFailed("invalid directory URL \(base)") }
        let response: HTTPResponse
        do {
            response = try transport.send(HTTPRequest(method: "GET", url: url, headers: [("Accept", "application/json")]), timeout: timeout)
        } catch {
            throw .directoryFailed(String(describing: error))
        }
        if response.status == 404 { throw .unknownCustomerID(customerID) }
        guard response.isSuccess else { throw .directoryFailed("HTTP \(response.status)") }
        guard let entry = try? OngoingJSON.decode(Entry.self, from: response.body), let text = entry.apiUrl else {
            throw .directoryFailed("the answer has no apiUrl")
        }
        return try OngoingSystemResolver.normalisedAPIURL(text)
    }
}
