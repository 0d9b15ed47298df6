import ArgumentParser
import Foundation

/// `ovsync connect ongoing|visma`.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Connect the warehouse (Ongoing WMS) or the Visma company.",
        subcommands: [ConnectOngoingCommand.self, ConnectVismaCommand.self]
    )
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
    @Option(help: "The API user (starts with WSI).") var username: String
    @Flag(help: "Read the password from standard input.") var passwordStdin = false
    @Option(help: "The goods owner id the API user belongs to.") var goodsOwnerId: Int

    func validate() throws {
        guard apiUrl != nil || system != nil else { throw ValidationError("give --api-url or --system") }
        guard passwordStdin else { throw ValidationError("give --password-stdin and pipe the password in; it is never taken from the command line") }
    }

    func run() throws {
        throw CommandOutput.notYetAvailable("ovsync connect ongoing", issue: 4)
    }
}

/// `ovsync connect visma`.
struct ConnectVismaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visma",
        abstract: "Sign in to Visma eAccounting (OAuth 2.0) and store the tokens.",
        discussion: """
        Prints the authorisation URL on its own line and waits for the browser to come back to \
        127.0.0.1:<redirect-port>/callback. The client secret is read from standard input.
        """
    )

    @OptionGroup var home: HomeOptions
    @Option(help: ArgumentHelp("The API base, ending in /v2.", valueName: "url")) var apiUrl: String?
    @Option(help: ArgumentHelp("The identity server.", valueName: "url")) var identityUrl: String?
    @Option(help: "The OAuth client id.") var clientId: String
    @Flag(help: "Read the client secret from standard input.") var clientSecretStdin = false
    @Option(help: "The loopback port of the redirect receiver.") var redirectPort: Int?
    @Flag(help: "Never try to open a browser.") var noBrowser = false

    func validate() throws {
        guard clientSecretStdin else { throw ValidationError("give --client-secret-stdin and pipe the secret in; it is never taken from the command line") }
    }

    func run() throws {
        throw CommandOutput.notYetAvailable("ovsync connect visma", issue: 3)
    }
}
