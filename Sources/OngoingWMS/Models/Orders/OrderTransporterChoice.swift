/// The transporter service chosen for an order in `PUT /orders` (`transporter`,
/// `returnTransporter`), codes as listed by `GET /transporterContracts`.
public struct OrderTransporterChoice: Encodable, Sendable, Equatable {
    /// The transporter, e.g. `PLAB` (PostNord).
    public var transporterCode: String?
    /// The service, e.g. `P18` (PostNord Parcel).
    public var transporterServiceCode: String?

    /// Creates a choice.
    public init(transporterCode: String?, transporterServiceCode: String? = nil) {
        self.transporterCode = transporterCode
        self.transporterServiceCode = transporterServiceCode
    }
}
