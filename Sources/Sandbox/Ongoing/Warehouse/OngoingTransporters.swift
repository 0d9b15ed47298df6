/// The transporter contracts of the sandbox system (those of the official example), used to
/// name the transporter of an order from the codes a client sends.
enum OngoingTransporters {
    private static let transporters: [String: (name: String, services: [String: String])] = [
        "SBTL": ("DB Schenker", ["BDI": "DB SCHENKERdirect", "BPA": "DB SCHENKERparcel", "BCF": "DB SCHENKERsystem"]),
        "PLAB": ("PostNord Sweden AB", ["P83": "PostNord Groupage", "P19": "PostNord MyPack Collect", "P52": "PostNord Pallet",
                                        "P18": "PostNord Parcel (Nordic)", "P24": "PostNord Return Drop Off (within Sweden)"]),
    ]

    /// The answer's `transporter` object for a request's `{transporterCode, transporterServiceCode}`.
    static func describe(_ request: OngoingJSONValue?) -> OngoingJSONValue {
        guard let request, let code = request["transporterCode"]?.text, !code.isEmpty else { return .null }
        let service = request["transporterServiceCode"]?.text ?? ""
        let transporter = transporters[code]
        return .object([
            ("transporterName", .string(transporter?.name ?? "")),
            ("name", .string(transporter?.services[service] ?? "")),
            ("code", .string(code)),
            ("serviceCode", .string(service)),
        ])
    }

    /// The answer of `GET /transporterContracts`.
    static func contracts() -> OngoingJSONValue {
        .array(transporters.keys.sorted().map { code in
            let transporter = transporters[code]!
            return .object([
                ("ediCode", .string("")), ("transporterName", .string(transporter.name)), ("transporterCode", .string(code)),
                ("transporterServiceCode", .string("")),
                ("transporterServices", .array(transporter.services.keys.sorted().map { service in
                    .object([("transporterServiceName", .string(transporter.services[service]!)), ("transporterServiceCode", .string(service))])
                })),
            ])
        })
    }
}
