import Foundation

/// The official Ongoing example payloads in `Tests/Fixtures/specs/` (each may start with a
/// UTF-8 byte order mark).
public enum OngoingFixtures {
    /// The folder of the official examples.
    public static let examplesDirectory = RepositoryPaths.fixtures.appendingPathComponent("specs/ongoing-examples")

    /// The bytes of `ongoing-examples/<name>`, e.g. `order-get.response.json`.
    public static func example(_ name: String) throws -> Data {
        try Data(contentsOf: examplesDirectory.appendingPathComponent(name))
    }

    /// The names of every example file.
    public static func exampleNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The official `GET /orders/statuses` answer.
    public static func orderStatuses() throws -> Data {
        try Data(contentsOf: RepositoryPaths.fixtures.appendingPathComponent("specs/ongoing-order-statuses.json"))
    }
}
