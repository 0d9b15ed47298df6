import APITransport
import Foundation
import Synchronization

/// What a completed Visma sign-in established.
public struct VismaSignInResult: Sendable {
    /// The company the user picked.
    public var companyName: String
    /// The company's activated modules.
    public var activatedModules: [String]
    /// Whether Visma's stock module is on (then the `stock` process cannot work).
    public var stockModuleActive: Bool
    /// The tokens, already saved to the token store.
    public var tokens: VismaTokens
}

/// The interactive sign-in shared by `ovsync connect visma` and the setup wizard:
/// listen on the loopback redirect, build the authorisation URL, wait for the redirect (or a
/// pasted URL), exchange the code, save the tokens, and verify them by reading the company
/// settings.
///
/// ```swift
/// let attempt = try await VismaSignIn(…).start(redirectPort: 53682)
/// print(attempt.authorizationURL)
/// let result = try await attempt.finish(timeout: .seconds(300))
/// ```
public struct VismaSignIn: Sendable {
    private let configuration: VismaOAuthConfiguration
    private let apiURL: URL
    private let transport: any HTTPTransport
    private let tokenStore: any VismaTokenStore
    private let pacer: RequestPacer
    private let clock: any PacingClock

    /// Creates the flow. The tokens are saved to `tokenStore` before they are first used.
    public init(configuration: VismaOAuthConfiguration, apiURL: URL, transport: any HTTPTransport,
                tokenStore: any VismaTokenStore, pacer: RequestPacer? = nil, clock: any PacingClock = SystemPacingClock()) {
        self.configuration = configuration
        self.apiURL = apiURL
        self.transport = transport
        self.tokenStore = tokenStore
        self.pacer = pacer ?? VismaClient.makePacer(clock: clock)
        self.clock = clock
    }

    /// Starts listening on `127.0.0.1:<redirectPort>/callback` (0 picks a free port) and
    /// prepares the authorisation URL for that redirect URI.
    public func start(redirectPort: Int) async throws(VismaSignInError) -> VismaSignInAttempt {
        let outcome = VismaSignInOutcome()
        let state = Base64URL.randomToken(byteCount: 24)
        let receiver = VismaLoopbackReceiver(port: redirectPort) { query in
            do throws(VismaSignInError) {
                let code = try VismaRedirect.code(fromQuery: query, expectedState: state)
                guard outcome.deliver(.success(code)) else {
                    return .init(succeeded: false, detail: "This sign-in has already finished; you can close this tab.")
                }
                return .init(succeeded: true, detail: "ovsync received Visma's answer. You can close this tab and return to the terminal.")
            } catch .notARedirect {
                return .init(succeeded: false, detail: VismaSignInError.notARedirect.description)
            } catch {
                outcome.deliver(.failure(error))
                return .init(succeeded: false, detail: error.description)
            }
        }
        let port = try await receiver.start()
        let request = VismaAuthorizationRequest(configuration: configuration, redirectURI: "http://127.0.0.1:\(port)/callback", state: state)
        return VismaSignInAttempt(request: request, receiver: receiver, outcome: outcome, completion: self)
    }

    /// Exchanges `code`, saves the tokens, and reads the company settings with them.
    func complete(code: String, request: VismaAuthorizationRequest) throws -> VismaSignInResult {
        let identity = VismaIdentityClient(configuration: configuration, transport: transport, clock: clock)
        let tokens = try identity.exchange(code: code, redirectURI: request.redirectURI, codeVerifier: request.pkce.verifier)
        let session = VismaSession(identity: identity, store: tokenStore, clock: clock)
        try session.replaceTokens(tokens)
        let client = VismaClient(apiURL: apiURL, session: session, transport: transport, pacer: pacer)
        let settings = try client.companySettings()
        return VismaSignInResult(companyName: settings.name, activatedModules: settings.activatedModules,
                                 stockModuleActive: settings.stockModuleActive, tokens: tokens)
    }
}

/// One running sign-in: show ``authorizationURL``, then ``finish(timeout:)``. A URL pasted by
/// the user meanwhile goes to ``submit(pastedURL:)``.
public final class VismaSignInAttempt: Sendable {
    /// The authorisation request (URL, redirect URI, state).
    public let request: VismaAuthorizationRequest
    private let receiver: VismaLoopbackReceiver
    private let outcome: VismaSignInOutcome
    private let completion: VismaSignIn

    init(request: VismaAuthorizationRequest, receiver: VismaLoopbackReceiver, outcome: VismaSignInOutcome, completion: VismaSignIn) {
        self.request = request
        self.receiver = receiver
        self.outcome = outcome
        self.completion = completion
    }

    /// The URL for the user's browser.
    public var authorizationURL: URL { request.url }

    /// Hands over the redirect URL the user pasted (when the browser cannot reach the loopback
    /// receiver). Text that is not a redirect throws ``VismaSignInError/notARedirect`` and the
    /// sign-in keeps waiting; any other outcome, success or error, ends the wait.
    public func submit(pastedURL: String) throws(VismaSignInError) {
        do throws(VismaSignInError) {
            outcome.deliver(.success(try VismaRedirect.code(fromPastedURL: pastedURL, expectedState: request.state)))
        } catch .notARedirect {
            throw .notARedirect
        } catch {
            outcome.deliver(.failure(error))
        }
    }

    /// Ends the wait with ``VismaSignInError/cancelled``.
    public func cancel() {
        outcome.deliver(.failure(.cancelled))
    }

    /// Waits for the redirect (at most `timeout`; task cancellation cancels), stops listening,
    /// exchanges the code, saves the tokens and verifies them. Throws ``VismaSignInError`` for
    /// the redirect and ``VismaError`` for the exchange and verification.
    public func finish(timeout: Duration) async throws -> VismaSignInResult {
        let result = await outcome.wait(timeout: timeout)
        await receiver.stop()
        let code = try result.get()
        let completion = self.completion
        let request = self.request
        return try await offloaded { try completion.complete(code: code, request: request) }
    }
}

/// Runs blocking HTTP work on a Dispatch thread, off Swift concurrency's cooperative pool.
func offloaded<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}

/// The first outcome of a sign-in (code or error), however many arrive.
final class VismaSignInOutcome: Sendable {
    private let state = Mutex<(result: Result<String, VismaSignInError>?, waiter: CheckedContinuation<Result<String, VismaSignInError>, Never>?)>((nil, nil))

    /// Records `result` unless an outcome exists already; true when it was the first.
    @discardableResult
    func deliver(_ result: Result<String, VismaSignInError>) -> Bool {
        let waiter = state.withLock { state -> CheckedContinuation<Result<String, VismaSignInError>, Never>?? in
            guard state.result == nil else { return .none }
            state.result = result
            defer { state.waiter = nil }
            return .some(state.waiter)
        }
        guard let waiter else { return false }
        waiter?.resume(returning: result)
        return true
    }

    /// The outcome, or `.timedOut` after `timeout`, or `.cancelled` when the task is cancelled.
    func wait(timeout: Duration) async -> Result<String, VismaSignInError> {
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            self?.deliver(.failure(.timedOut))
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> Result<String, VismaSignInError>? in
                    if let result = state.result { return result }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            deliver(.failure(.cancelled))
        }
    }
}
