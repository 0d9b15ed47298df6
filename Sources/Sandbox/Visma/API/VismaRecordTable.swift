import Foundation

/// Records of one kind, by id, in the order lists serve them (creation order).
struct VismaRecordTable: Sendable {
    private(set) var byID: [String: [String: VismaJSON]] = [:]
    private(set) var ids: [String] = []

    /// The record with `id` (any casing).
    subscript(id: String) -> [String: VismaJSON]? {
        get { byID[id.lowercased()] }
        set {
            let key = id.lowercased()
            if let newValue {
                if byID.updateValue(newValue, forKey: key) == nil { ids.append(key) }
            } else if byID.removeValue(forKey: key) != nil {
                ids.removeAll { $0 == key }
            }
        }
    }

    /// All records in list order.
    var ordered: [[String: VismaJSON]] { ids.map { byID[$0]! } }

    /// How many records there are.
    var count: Int { ids.count }
}

/// A refusal of the API: the HTTP status and Visma's error code and message.
struct VismaAPIFailure: Error, Sendable {
    var status: Int
    var code: Int
    var message: String
    var problems: [VismaFieldProblem] = []

    static func notFound(_ what: String) -> VismaAPIFailure {
        VismaAPIFailure(status: 404, code: 3000, message: "ResourceNotFoundException - \(what) was not found.")
    }

    static func validation(_ problems: [VismaFieldProblem]) -> VismaAPIFailure {
        VismaAPIFailure(status: 400, code: 2000,
                        message: "DataModelValidationException - " + problems.map { "\($0.field): \($0.message)" }.joined(separator: " "),
                        problems: problems)
    }

    static func refused(_ code: Int, _ message: String) -> VismaAPIFailure {
        VismaAPIFailure(status: 400, code: code, message: message)
    }
}
