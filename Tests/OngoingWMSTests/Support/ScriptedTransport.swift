import APITransport
import Foundation
import Synchronization

/// A transport that answers from a script instead of the network, recording each request.
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(answers: [Result<HTTPResponse, TransportError>], sent: [HTTPRequest])>

    /// Answers the requests in turn with `answers`; the last one repeats.
    init(_ answers: [Result<HTTPResponse, TransportError>]) {
        state = Mutex((answers, []))
    }

    /// Answers every request with `status` and a JSON `body`.
    convenience init(status: Int, body: String, headers: [(name: String, value: String)] = []) {
        self.init([.success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))])
    }

    func send(_ request: HTTPRequest, timeout: Duration) throws -> HTTPResponse {
        let answer = state.withLock { state in
            state.sent.append(request)
            return state.answers.count > 1 ? state.answers.removeFirst() : state.answers[0]
        }
        return try answer.get()
    }

    /// The requests sent so far.
    var sent: [HTTPRequest] { state.withLock { $0.sent } }
}
