import Foundation

/// Reference data and stock corrections of the warehouse.
extension OngoingClient {
    /// The transporters and services the goods owner may ship with (`GET /transporterContracts`).
    public func transporterContracts() throws -> [TransporterContract] {
        var parameters = OngoingQuery()
        parameters.add("goodsOwnerId", configuration.goodsOwnerId)
        let response = try send(Endpoint(method: "GET", template: "/transporterContracts", path: "transporterContracts"), query: parameters)
        return try decode([TransporterContract].self, from: response)
    }

    /// The stock corrections made between `from` and `to` (`GET /inventoryAdjustments`).
    public func inventoryAdjustments(from: Date, to: Date) throws -> [InventoryAdjustments] {
        var parameters = OngoingQuery()
        parameters.add("goodsOwnerId", configuration.goodsOwnerId)
        parameters.add("from", from)
        parameters.add("toTime", to)
        let response = try send(Endpoint(method: "GET", template: "/inventoryAdjustments", path: "inventoryAdjustments"), query: parameters)
        return try decode([InventoryAdjustments].self, from: response)
    }
}
