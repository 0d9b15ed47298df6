import Foundation

/// One order as `GET /orders` and `GET /orders/{id}` return it.
/// Every member is optional because Ongoing answers absent values with `null`.
public struct GetOrderModel: Decodable, Sendable, Equatable {
    public var goodsOwner: GoodsOwnerReference?
    public var orderInfo: GetOrderInfo?
    public var consignee: OrderConsignee?
    public var parcels: [Parcel]?
    public var orderLines: [GetOrderLine]?
    public var transporter: Transporter?
    public var returnTransporter: Transporter?
    public var tracking: [Tracking]?

    /// A parcel of the shipment.
    public struct Parcel: Decodable, Sendable, Equatable {
        public var id: Int?
        public var parcelNumber: String?
        public var isReturnParcel: Bool?
    }

    /// The transporter service the warehouse ships with.
    public struct Transporter: Decodable, Sendable, Equatable {
        public var transporterName: String?
        public var name: String?
        public var code: String?
        public var serviceCode: String?
    }

    /// A waybill and its tracking link.
    public struct Tracking: Decodable, Sendable, Equatable {
        public var waybill: String?
        public var trackingUrl: String?
        public var created: Date?
    }

    /// The status number (never compare the localised text).
    public var statusNumber: Int? { orderInfo?.orderStatus?.number }

    /// The line with `rowNumber`, if the warehouse still has it.
    public func line(rowNumber: String) -> GetOrderLine? {
        orderLines?.first { $0.rowNumber == rowNumber }
    }

    /// Whether the warehouse has started working on the order: status at or past
    /// `startedStatus` (but not cancelled), or any quantity allocated or picked.
    /// Ongoing refuses updates and cancellation from then on.
    public func warehouseHasStarted(startedStatus: Int = 300) -> Bool {
        if let number = statusNumber, number >= startedStatus, number != OrderStatus.cancelledNumber { return true }
        let lines = orderLines ?? []
        return lines.contains { ($0.allocatedNumberOfItems ?? 0) > 0 || ($0.pickedNumberOfItems ?? 0) > 0 }
            || (orderInfo?.allocatedNumberOfItems ?? 0) > 0 || (orderInfo?.pickedNumberOfItems ?? 0) > 0
    }

    /// Whether the order has been shipped: `shippedTime` set, or status at or past
    /// `shippedStatus` without being cancelled.
    public func isShipped(shippedStatus: Int = 450) -> Bool {
        if orderInfo?.shippedTime != nil { return true }
        guard let number = statusNumber else { return false }
        return number >= shippedStatus && number != OrderStatus.cancelledNumber
    }

    /// Whether the order is cancelled (status 1000).
    public var isCancelled: Bool { statusNumber == OrderStatus.cancelledNumber }
}
