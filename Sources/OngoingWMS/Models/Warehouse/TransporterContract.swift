/// A transporter the warehouse has a contract with, and its services: one element of
/// `GET /transporterContracts`. Its codes are what `PostOrderModel.transporter` takes.
public struct TransporterContract: Decodable, Sendable, Equatable {
    public var ediCode: String?
    public var transporterName: String?
    /// The code for ``OrderTransporterChoice/transporterCode``, e.g. `PLAB`.
    public var transporterCode: String?
    public var transporterServiceCode: String?
    public var transporterServices: [Service]?

    /// One service of the transporter.
    public struct Service: Decodable, Sendable, Equatable {
        public var transporterServiceName: String?
        /// The code for ``OrderTransporterChoice/transporterServiceCode``, e.g. `P18`.
        public var transporterServiceCode: String?
    }
}
