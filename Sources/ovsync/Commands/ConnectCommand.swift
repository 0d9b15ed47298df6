import APITransport
import ArgumentParser
import Foundation
import OngoingWMS
import SyncEngine
import VismaEAccounting

/// `ovsync connect ongoing|visma`.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Connect the warehouse (Ongoing WMS) or the Visma company.",
        subcommands: [ConnectOngoingCommand.self, ConnectVismaCommand.self]
    )
}

/// Reads a secret piped on standard input: the first line, without its newline.
enum StandardInputSecret {
    static func read(_ what: String) throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let secret = String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        guard !secret.isEmpty else { throw CommandOutput.failure("no \(what) on standard input; pipe it in, e.g. with: printf '%s' \"$SECRET\" | ovsync …") }
        return secret
    }
}

/// `ovsync connect ongoing`.
struct ConnectOngoingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ongoing",
        abstract: "Verify and store the Ongoing WMS API user and goods owner.",
        discussion: """
        Checks the credentials (GET /orders/statuses) and the goods owner against the API before \
        storing anything. The password is read from standard input and kept in the secrets store.
        """
    )

    @OptionGroup var home: HomeOptions
    @Option(help: ArgumentHelp("The REST API base URL (overrides --system).", valueName: "url")) var apiUrl: String?
    @Option(help: ArgumentHelp("The system: its login URL, its name, or a numeric customer ID.", valueName: "url-or-name")) var system: String?
    @Option(help: ArgumentHelp("Where numeric customer IDs are looked up.", valueName: "url")) var directoryUrl: String?
    @Option(help: "The API user (starts with WSI).") var username: String
    @Flag(help: "Read the password from standard input.") var passwordStdin = false
    @Option(help: "The goods owner id the API user belongs to.") var goodsOwnerId: Int

    func validate() throws {
        guard apiUrl != nil || system != nil else { throw ValidationError("give --api-url or --system") }
        guard passwordStdin else { throw ValidationError("give --password-stdin and pipe the password in; it is never taken from the command line") }
    }

    func run() throws {
        let lock = try home.lock()
        let workspace = try home.openWorkspace()
        let password = try StandardInputSecret.read("password")
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }
        let directoryURL = (directoryUrl.flatMap(URL.init(string:))) ?? workspace.configuration.ongoing.directoryURL
        let apiURL: URL
        do {
            apiURL = try OngoingSystemResolver.resolveAPIURL(system: system, apiURL: apiUrl,
                                                            directory: directoryURL.map { OngoingCustomerDirectory(baseURL: $0, transport: transport) })
        } catch {
            throw CommandOutput.failure(error)
        }
        let client = OngoingClient(configuration: OngoingConfiguration(apiURL: apiURL, credentials: OngoingCredentials(username: username, password: password),
                                                                       goodsOwnerId: goodsOwnerId), transport: transport)
        let statuses: [OrderStatus]
        do {
            statuses = try client.checkConnection()
        } catch {
            throw CommandOutput.failure(error)
        }
        let warehouseStatuses = statuses.map { WarehouseStatus(number: $0.number, text: $0.text ?? "") }
        try workspace.saveOngoingConnection(apiURL: apiURL, username: username, password: password, goodsOwnerID: goodsOwnerId,
                                            statuses: warehouseStatuses, directoryURL: directoryURL)
        CommandOutput.say("Connected to Ongoing at \(apiURL.absoluteString) as \(username), goods owner \(goodsOwnerId).")
        CommandOutput.say("Warehouse order statuses: " + statuses.map(\.description).joined(separator: ", "))
        withExtendedLifetime(lock) {}
    }
}

/// `ovsync connect visma`.
struct ConnectVismaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visma",
        abstract: "Sign in to Visma eAccounting (OAuth 2.0) and store the tokens.",
        discussion: """
        Prints the authorisation URL on its own line and waits for the browser to come back to \
        127.0.0.1:<redirect-port>/callback. Where the browser runs on another machine, paste the \
        address it ended on into this terminal. The client secret is read from standard input.
        """
    )

    @OptionGroup var home: HomeOptions
    @Option(help: ArgumentHelp("The API base, ending in /v2.", valueName: "url")) var apiUrl: String?
    @Option(help: ArgumentHelp("The identity server.", valueName: "url")) var identityUrl: String?
    @Option(help: "The OAuth client id.") var clientId: String
    @Flag(help: "Read the client secret from standard input.") var clientSecretStdin = false
    @Option(help: "The loopback port of the redirect receiver (0 picks a free one).") var redirectPort: Int?
    @Flag(help: "Never try to open a browser.") var noBrowser = false
    @Option(help: "Seconds to wait for the sign-in.") var timeout = 300

    func validate() throws {
        guard clientSecretStdin else { throw ValidationError("give --client-secret-stdin and pipe the secret in; it is never taken from the command line") }
    }

    func run() async throws {
        let lock = try home.lock()
        let workspace = try home.openWorkspace()
        let clientSecret = try StandardInputSecret.read("client secret")
        let configured = workspace.configuration.visma
        guard let apiURL = apiUrl.map(URL.init(string:)) ?? configured.apiURL,
              let identityURL = identityUrl.map(URL.init(string:)) ?? configured.identityURL else {
            throw CommandOutput.failure("--api-url and --identity-url must be http(s) URLs")
        }
        let port = redirectPort ?? configured.redirectPort
        let transport = AsyncHTTPClientTransport()
        defer { transport.shutdown() }
        let signIn = VismaSignIn(configuration: VismaOAuthConfiguration(identityURL: identityURL, clientID: clientId, clientSecret: clientSecret),
                                 apiURL: apiURL, transport: transport, tokenStore: VismaMemoryTokenStore())
        let result: VismaSignInResult
        do {
            let attempt = try await signIn.start(redirectPort: port)
            CommandOutput.say("Open this address in a browser and sign in to the Visma company to connect:")
            CommandOutput.say(attempt.authorizationURL.absoluteString)
            CommandOutput.say("Waiting up to \(timeout) s for Visma to redirect to \(attempt.request.redirectURI) (Ctrl-C cancels).")
            if VismaBrowser.shouldOpen(environment: ProcessInfo.processInfo.environment, disabled: noBrowser) {
                CommandOutput.say(VismaBrowser.open(attempt.authorizationURL) ? "Opened your browser." : "Could not open a browser; open the address yourself.")
            }
            let paste = PastedRedirect.watch { try attempt.submit(pastedURL: $0) }
            if paste != nil { CommandOutput.say("If the browser cannot reach this machine, paste the address it ended on here and press Enter.") }
            let cancel = SignalWatch(signals: [SIGINT]) { _ in attempt.cancel() }
            result = try await attempt.finish(timeout: .seconds(timeout))
            withExtendedLifetime((paste, cancel)) {}
        } catch {
            throw CommandOutput.failure(error)
        }
        try workspace.saveVismaConnection(apiURL: apiURL, identityURL: identityURL, clientID: clientId, clientSecret: clientSecret,
                                          redirectPort: port == 0 ? configured.redirectPort : port, result: result)
        CommandOutput.say("Connected to Visma company \(result.companyName).")
        if result.stockModuleActive {
            CommandOutput.say("Visma's stock module is active for this company: Visma keeps its own stock, so the stock process cannot write balances.")
        } else {
            CommandOutput.say("Visma's stock module is not active: the stock process can write stock balances.")
        }
        withExtendedLifetime(lock) {}
    }
}

/// Reads redirect URLs the user pastes into the terminal (`/dev/tty`, since standard input
/// carried the secret), on a background thread.
final class PastedRedirect: Sendable {
    private let terminal: FileHandle

    private init(terminal: FileHandle) {
        self.terminal = terminal
    }

    /// Starts reading lines from the terminal, handing each to `submit`; nil without a terminal.
    static func watch(_ submit: @escaping @Sendable (String) throws -> Void) -> PastedRedirect? {
        guard let terminal = FileHandle(forReadingAtPath: "/dev/tty") else { return nil }
        let watcher = PastedRedirect(terminal: terminal)
        Thread.detachNewThread {
            var buffer = Data()
            while true {
                let chunk = terminal.availableData
                if chunk.isEmpty { return }
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    buffer.removeSubrange(buffer.startIndex...newline)
                    guard !line.isEmpty else { continue }
                    do {
                        try submit(line)
                    } catch {
                        CommandOutput.error("\(error); paste the whole address from the browser's address bar")
                    }
                }
            }
        }
        return watcher
    }
}
