import Foundation

/// The echoed fields of article and order requests: their official keys, JSON types and the
/// value the sandbox answers when a field was never written.
///
/// Requests are read leniently (numbers as strings, as in the official examples); what is
/// stored is normalised to the types the real API answers with.
struct OngoingFieldSchema: Sendable {
    /// The JSON type of one field.
    enum FieldType: Sendable {
        case text
        case decimal
        case integer
        case flag(default: Bool)
        /// An object whose members are all text, e.g. `{code, name}`.
        case textObject([String])
        /// `{toBeNotified, value}`.
        case notification
    }

    /// The fields in answer order.
    let fields: [(key: String, type: FieldType)]

    /// Validates and normalises every schema field present in `body`; absent fields are not
    /// returned, explicit `null`s are.
    func read(_ body: OngoingJSONValue) throws(OngoingSandboxFailure) -> [String: OngoingJSONValue] {
        var result: [String: OngoingJSONValue] = [:]
        for (key, type) in fields {
            guard let value = body[key] else { continue }
            result[key] = try Self.normalise(value, as: type, key: key)
        }
        return result
    }

    /// The answer value of every field, in order, with defaults for fields never written.
    func render(_ stored: [String: OngoingJSONValue]) -> [(String, OngoingJSONValue)] {
        fields.map { key, type in
            if let value = stored[key], !value.isNull { return (key, value) }
            switch type {
            case .text: return (key, .string(""))
            case .decimal: return (key, .decimal(0))
            case .integer: return (key, .integer(0))
            case .flag(let fallback): return (key, .bool(fallback))
            case .textObject, .notification: return (key, .null)
            }
        }
    }

    private static func normalise(_ value: OngoingJSONValue, as type: FieldType, key: String) throws(OngoingSandboxFailure) -> OngoingJSONValue {
        if value.isNull { return .null }
        let invalid = OngoingSandboxFailure.badRequest("The value for '\(key)' is not valid.")
        switch type {
        case .text:
            guard let text = value.text else { throw invalid }
            return .string(text)
        case .decimal:
            guard let number = value.number else { throw invalid }
            return .decimal(number)
        case .integer:
            guard let number = value.wholeNumber else { throw invalid }
            return .integer(number)
        case .flag:
            guard let flag = value.flag else { throw invalid }
            return .bool(flag)
        case .textObject(let members):
            guard case .object = value else { throw invalid }
            var normalised: [(String, OngoingJSONValue)] = []
            for member in members {
                let memberValue = value[member] ?? .null
                guard memberValue.isNull || memberValue.text != nil else { throw invalid }
                normalised.append((member, .string(memberValue.text ?? "")))
            }
            return .object(normalised)
        case .notification:
            guard case .object = value else { throw invalid }
            return .object([("toBeNotified", .bool(value["toBeNotified"]?.flag ?? false)), ("value", .string(value["value"]?.text ?? ""))])
        }
    }

    private static let codeName = FieldType.textObject(["code", "name"])

    /// The descriptive fields of an article (`PUT /articles`, `GET /articles`).
    static let article = OngoingFieldSchema(fields: [
        ("articleName", .text), ("productCode", .text), ("unitCode", .text), ("description", .text),
        ("isStockArticle", .flag(default: true)), ("isActive", .flag(default: true)),
        ("supplierInfo", .textObject(["supplierArticleNumber", "supplierNumber", "supplierName"])),
        ("barCodeInfo", .textObject(["barCode", "barCodePackage", "barCodePallet"])),
        ("quantityPerPackage", .integer), ("quantityPerPallet", .integer),
        ("weight", .decimal), ("netWeight", .decimal), ("length", .decimal), ("width", .decimal), ("height", .decimal), ("volume", .decimal),
        ("purchasePrice", .decimal), ("stockValuationPrice", .decimal), ("customerPrice", .decimal),
        ("purcaseCurrencyCode", .text), ("countryOfOriginCode", .text), ("statisticsNumber", .text),
        ("articleGroup", codeName), ("articleCategory", codeName), ("articleColor", codeName), ("articleSize", codeName),
        ("stockLimit", .integer), ("linkToPicture", .text), ("customsDescription", .text),
    ])

    /// The echoed header fields of an order (`PUT /orders` → `orderInfo`), in answer order
    /// around the computed ones.
    static let orderHeader = OngoingFieldSchema(fields: [
        ("goodsOwnerOrderId", .text), ("referenceNumber", .text), ("salesCode", .text), ("orderRemark", .text),
        ("deliveryInstruction", .text), ("servicePointCode", .text), ("freeText1", .text), ("freeText2", .text), ("freeText3", .text),
        ("orderType", codeName), ("wayOfDelivery", codeName), ("termsOfDeliveryType", codeName),
        ("emailNotification", .notification), ("smsNotification", .notification), ("telephoneNotification", .notification),
        ("customsInfo", .textObject(["customsValueCurrencyCode"])),
        ("consigneeOrderNumber", .text), ("warehouseInstruction", .text),
    ])

    /// The consignee of an order.
    static let consignee = OngoingFieldSchema(fields: [
        ("customerNumber", .text), ("name", .text), ("address1", .text), ("address2", .text), ("address3", .text),
        ("postCode", .text), ("city", .text), ("countryCode", .text), ("countryStateCode", .text),
        ("remark", .text), ("doorCode", .text), ("organisationNumber", .text), ("vatNumber", .text),
    ])

    /// The echoed fields of an order line.
    static let orderLine = OngoingFieldSchema(fields: [
        ("comment", .text), ("serialNumber", .text), ("lineTotalCustomsValue", .decimal), ("batchNumber", .text),
        ("customerArticleNumber", .text), ("externalId", .text),
    ])
}
