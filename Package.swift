// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ovsync",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ovsync", targets: ["ovsync"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Thin C module over the system's wide-character ncurses. No pkgConfig: SwiftPM drops
        // the -D flags ncursesw.pc carries, so the feature macros live in shim.h instead.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),

        // HTTP plumbing shared by both API clients: request/response values, the
        // AsyncHTTPClient transport, pacing and circuit breaking.
        .target(name: "APITransport", dependencies: [
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "VismaEAccounting", dependencies: ["APITransport", .product(name: "Hummingbird", package: "hummingbird")]),
        .target(name: "OngoingWMS", dependencies: ["APITransport"]),

        // Home folder, config, secrets, state store, and the four processes.
        .target(name: "SyncEngine", dependencies: [
            "APITransport", "VismaEAccounting", "OngoingWMS",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Emulators of both APIs. Depends on wire formats only, never on the clients.
        .target(name: "Sandbox", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Pure Swift terminal toolkit: cells, buffers, layout, widgets, keys, themes. No curses.
        .target(name: "TerminalUI", dependencies: [
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The screens and the curses backend.
        .target(name: "Dashboard", dependencies: ["TerminalUI", "SyncEngine", "CNCursesW"]),

        .executableTarget(name: "ovsync", dependencies: [
            "Dashboard", "SyncEngine", "Sandbox", "VismaEAccounting", "OngoingWMS",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // `swift run -c release ovsync-bench`: throughput, request efficiency, latency and
        // dashboard cost, measured side by side in one run against the sandboxes.
        .executableTarget(name: "ovsync-bench", dependencies: [
            "SyncEngine", "Sandbox", "APITransport", "VismaEAccounting", "OngoingWMS", "Dashboard", "TerminalUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Benchmarks"),

        // Shared by the test targets: temporary homes, fixtures, running the built binary.
        .target(name: "TestSupport", dependencies: ["SyncEngine"], path: "Tests/TestSupport"),

        .testTarget(name: "APITransportTests", dependencies: ["APITransport", "TestSupport"]),
        .testTarget(name: "VismaEAccountingTests", dependencies: ["VismaEAccounting", "Sandbox", "TestSupport"]),
        .testTarget(name: "OngoingWMSTests", dependencies: ["OngoingWMS", "Sandbox", "TestSupport"]),
        .testTarget(name: "SandboxTests", dependencies: ["Sandbox", "TestSupport"]),
        .testTarget(name: "SyncEngineTests", dependencies: ["SyncEngine", "Sandbox", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
