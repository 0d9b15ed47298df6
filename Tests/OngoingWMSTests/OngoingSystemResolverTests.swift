import APITransport
import Foundation
import OngoingWMS
import Sandbox
import Testing

@Suite struct OngoingSystemResolverTests {
    @Test(arguments: [
        ("https://demo.ongoingsystems.se/demo/", "https://api.ongoingsystems.se/demo/api/v1/"),
        ("https://acme.ongoingsystems.se/acme", "https://api.ongoingsystems.se/acme/api/v1/"),
        ("acme.ongoingsystems.se/acme/Login.aspx", "https://api.ongoingsystems.se/acme/api/v1/"),
        ("https://acme.ongoingsystems.se", "https://api.ongoingsystems.se/acme/api/v1/"),
        ("https://wms1.ongoingsystems.se/apidemo/", "https://wms1.ongoingsystems.se/apidemo/api/v1/"),
        ("https://api.ongoingsystems.se/acme/", "https://api.ongoingsystems.se/acme/api/v1/"),
        ("https://api.ongoingsystems.se/acme/api/v1/orders", "https://api.ongoingsystems.se/acme/api/v1/"),
        ("http://127.0.0.1:8080/demo/", "http://127.0.0.1:8080/demo/api/v1/"),
        ("demo", "https://api.ongoingsystems.se/demo/api/v1/"),
        ("my-warehouse_2", "https://api.ongoingsystems.se/my-warehouse_2/api/v1/"),
    ])
    func systemInputResolvesToTheRESTBase(_ input: String, _ expected: String) throws {
        #expect(try OngoingSystemResolver.resolve(system: input) == .apiURL(URL(string: expected)!))
    }

    @Test func explicitAPIURLOverridesTheSystem() throws {
        let resolved = try OngoingSystemResolver.resolve(system: "https://demo.ongoingsystems.se/demo/", apiURL: "http://127.0.0.1:9000/x/api/v1")
        #expect(resolved == .apiURL(URL(string: "http://127.0.0.1:9000/x/api/v1/")!))
    }

    @Test func digitsAreACustomerID() throws {
        #expect(try OngoingSystemResolver.resolve(system: " 1001 ") == .customerID(1001))
    }

    @Test func customerIDWithoutDirectoryAsksForTheURL() {
        #expect(throws: OngoingSystemError.customerIDNeedsDirectory(1001)) {
            try OngoingSystemResolver.resolveAPIURL(system: "1001", directory: nil)
        }
        #expect(OngoingSystemError.customerIDNeedsDirectory(1001).description.contains("https://demo.ongoingsystems.se/demo/"))
    }

    @Test(arguments: [
        ("", OngoingSystemError.empty),
        ("https://api.ongoingsystems.se/", OngoingSystemError.noSystemName("https://api.ongoingsystems.se/")),
        ("ftp://demo.ongoingsystems.se/demo", OngoingSystemError.invalidURL("ftp://demo.ongoingsystems.se/demo")),
        ("http://127.0.0.1:8080/", OngoingSystemError.noSystemName("http://127.0.0.1:8080/")),
    ])
    func unusableInputIsRefusedWithAReason(_ input: String, _ error: OngoingSystemError) {
        #expect(throws: error) { try OngoingSystemResolver.resolve(system: input) }
    }

    @Test func customerIDResolvesThroughTheSandboxDirectory() async throws {
        try await OngoingTestHarness.run { harness in
            let directory = OngoingCustomerDirectory(baseURL: harness.sandbox.directoryURL(port: harness.port), transport: OngoingTestHarness.transport)
            let url = try await blocking { try OngoingSystemResolver.resolveAPIURL(system: "1001", directory: directory) }
            #expect(url == harness.apiURL)
            await #expect(throws: OngoingSystemError.unknownCustomerID(42)) {
                try await blocking { try OngoingSystemResolver.resolveAPIURL(system: "42", directory: directory) }
            }
        }
    }
}
