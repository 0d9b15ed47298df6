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

    /// Performs `operations` one after another and commits their outcomes in batches of
    /// `batchSize`: on success `onSuccess`, on a rejection `onRejected` (park); both remove the
    /// intent. A transient failure commits what is done, records the attempt with a backoff and
    /// rethrows; an authentication failure commits what is done and rethrows. An intent whose
    /// outcome was not committed yet (crash) is simply performed again: every write is keyed.
    func drive<Outcome>(_ operations: [PendingOperation], batchSize: Int = 200,
                        perform: (PendingOperation) throws -> Outcome,
                        onSuccess: (TransactionScope, PendingOperation, Outcome) throws -> Void,
                        onRejected: (TransactionScope, PendingOperation, SyncFailure) throws -> Void) throws {
        var finished: [(operation: PendingOperation, result: Result<Outcome, SyncFailure>)] = []
        func flush() throws {
            guard !finished.isEmpty else { return }
            try environment.commit { scope in
                for (operation, result) in finished {
                    switch result {
                    case .success(let outcome): try onSuccess(scope, operation, outcome)
                    case .failure(let failure): try onRejected(scope, operation, failure)
                    }
                    if let id = operation.id { try scope.state.completeOperation(id: id) }
                }
            }
            finished.removeAll(keepingCapacity: true)
        }
        for operation in operations {
            if environment.isStopping() { break }
            do {
                finished.append((operation, .success(try perform(operation))))
            } catch let failure as SyncFailure where failure.kind == .rejected {
                finished.append((operation, .failure(failure)))
            } catch let failure as SyncFailure where failure.kind == .transient {
                try flush()
                try environment.commit { scope in
                    var retried = operation
                    retried.attempts += 1
                    retried.lastError = failure.message
                    retried.notBefore = scope.now.addingTimeInterval(backoff.delay(attempt: retried.attempts, hint: failure.retryAfter))
                    try scope.state.update(retried)
                }
                throw failure
            } catch {
                try flush()
                throw error
            }
            if finished.count >= batchSize { try flush() }
        }
        try flush()
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

/// A short, stable digest of the fields that would be sent, to tell whether anything changed.
enum Fingerprint {
    /// FNV-1a over the parts, with separators so that moving text between parts changes it.
    static func of(_ parts: [String?]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for part in parts {
            if let part { for byte in part.utf8 { mix(byte) } } else { mix(0x1E) }
            mix(0x1F)
        }
        return String(hash, radix: 16)
    }
}
