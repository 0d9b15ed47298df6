import APITransport
import Foundation

/// Records intents before remote writes and re-drives them until they are confirmed.
///
/// An intent is committed together with the state change that caused it; the remote call
/// happens after the commit; its outcome is committed afterwards. A crash between the two
/// leaves the intent in place, and the next cycle performs it again — which is safe because
/// every remote write is an absolute, keyed upsert.
struct Outbox {
    let environment: ProcessEnvironment
    let process: ProcessName
    var backoff = Backoff(base: 5, maximum: 600)

    /// Encodes `payload` as an intent of `kind` keyed by `key`, inside `scope`'s transaction.
    @discardableResult
    func record<Payload: Encodable>(_ kind: String, key: String, payload: Payload, in scope: TransactionScope) throws -> PendingOperation {
        let operation = PendingOperation(connectionID: environment.connection, process: process, kind: kind, key: key,
                                         payload: try Self.encoder.encode(payload), createdAt: scope.now)
        return try scope.state.enqueue(operation)
    }

    /// The intents of this process that are due now, oldest first.
    func due() throws -> [PendingOperation] {
        let now = environment.clock.now()
        return try environment.store.read { try $0.pendingOperations(environment.connection, process: process) }
            .filter { ($0.notBefore ?? .distantPast) <= now }
    }

    /// Decodes an intent's payload.
    func payload<Payload: Decodable>(_ type: Payload.Type, of operation: PendingOperation) throws -> Payload {
        try Self.decoder.decode(type, from: operation.payload)
    }

    /// Performs `operation` with `perform`; on success commits `onSuccess` and removes the intent;
    /// on a rejection commits `onRejected` (park) and removes it; on a transient failure records
    /// the attempt with a backoff and rethrows; authentication failures are rethrown untouched.
    func drive(_ operation: PendingOperation,
               perform: () throws -> Void,
               onSuccess: (TransactionScope) throws -> Void,
               onRejected: (TransactionScope, SyncFailure) throws -> Void) throws {
        do {
            try perform()
        } catch let failure as SyncFailure {
            switch failure.kind {
            case .rejected:
                try environment.commit { scope in
                    try onRejected(scope, failure)
                    if let id = operation.id { try scope.state.completeOperation(id: id) }
                }
                return
            case .transient:
                try environment.commit { scope in
                    // Re-read: a multi-step intent may have advanced since it was handed to us.
                    var retried = try scope.state.pendingOperations(environment.connection, process: process).first { $0.id == operation.id } ?? operation
                    retried.attempts += 1
                    retried.lastError = failure.message
                    retried.notBefore = scope.now.addingTimeInterval(backoff.delay(attempt: retried.attempts, hint: failure.retryAfter))
                    try scope.state.update(retried)
                }
                throw failure
            case .authentication:
                throw failure
            }
        }
        try environment.commit { scope in
            try onSuccess(scope)
            if let id = operation.id { try scope.state.completeOperation(id: id) }
        }
    }

    /// Updates a multi-step intent's payload after one step succeeded.
    func advance<Payload: Encodable>(_ operation: PendingOperation, to payload: Payload) throws -> PendingOperation {
        var advanced = operation
        advanced.payload = try Self.encoder.encode(payload)
        try environment.commit { try $0.state.update(advanced) }
        return advanced
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}

/// A short, stable digest of a value's JSON, to tell whether what would be sent changed.
enum Fingerprint {
    static func of<Value: Encodable>(_ value: Value) -> String {
        let data = (try? Outbox.encoder.encode(value)) ?? Data()
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
