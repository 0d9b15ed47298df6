import Foundation

extension VismaClient {
    /// `GET /v2/customers/{id}`, for the contact e-mail and phone an order does not carry.
    public func customer(id: UUID) throws -> VismaCustomer {
        let data = try call("GET", "/customers/{customerId}", path: "/customers/\(id.uuidString.lowercased())")
        return VismaCustomer(json: try object(from: data, endpoint: "GET /customers/{customerId}"))
    }

    /// `GET /v2/companysettings`: the company's name and activated modules.
    public func companySettings() throws -> VismaCompanySettings {
        let data = try call("GET", "/companysettings")
        return VismaCompanySettings(json: try object(from: data, endpoint: "GET /companysettings"))
    }
}
