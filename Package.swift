// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Tariff target (STYLE.md habit 7).
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Tariff",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tariff", targets: ["tariff"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Small values every stage shares: SHA-256 hex digests, exact decimal amounts, quoting.
        .target(
            name: "TariffSupport", dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings),
        // The system zlib (`zlib1g-dev`), for reading gzip-compressed event files.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "TariffDiagnostics", dependencies: ["TariffSupport"], swiftSettings: strictSettings),
        // Facts from Stripe's API spec that more than one stage needs (the event-type list).
        .target(name: "TariffStripeSpec", swiftSettings: strictSettings),
        .target(
            name: "TariffConfig",
            dependencies: [
                "TariffDiagnostics", "CLibYAML", "TariffStripeSpec", "TariffSupport",
            ],
            swiftSettings: strictSettings
        ),
        // Usage: the meaning of a meter compiled to SQL per dialect, windows, totals (pure).
        .target(
            name: "TariffUsage", dependencies: ["TariffConfig", "TariffDiagnostics", "TariffSupport"],
            swiftSettings: strictSettings),
        // Billing math, pure: a price's charge for a quantity (per unit, packages, graduated and
        // volume tiers) and MRR normalisation, shared by the emulator's invoices and revenue.
        .target(name: "TariffBillingPricing", swiftSettings: strictSettings),
        // Billing models and the revenue view over the config (DESIGN.md §10); today the config's
        // prices seen by the pricing math.
        .target(
            name: "TariffBilling",
            dependencies: ["TariffConfig", "TariffDiagnostics", "TariffBillingPricing", "TariffSupport"],
            swiftSettings: strictSettings),
        .target(
            name: "TariffStripe",
            dependencies: [
                "TariffSupport", "TariffStripeSpec",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TariffEmulator",
            dependencies: [
                "TariffStripe", "TariffStripeSpec", "TariffBillingPricing",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TariffEngine",
            dependencies: [
                "TariffConfig", "TariffStripe", "TariffDiagnostics", "TariffSupport",
            ],
            swiftSettings: strictSettings
        ),
        // The usage store: events ingested from NDJSON into SQLite, the ledger, and the query
        // runners (SQLite in-process, PostgreSQL through postgres-nio).
        .target(
            name: "TariffUsageStore",
            dependencies: [
                "TariffUsage", "TariffConfig", "TariffDiagnostics", "CZlib",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TariffRender", dependencies: ["TariffEngine", "TariffSupport", "TariffUsage"],
            swiftSettings: strictSettings),
        .target(
            name: "TariffCLI",
            dependencies: [
                "TariffDiagnostics", "TariffConfig", "TariffStripe", "TariffEmulator",
                "TariffEngine", "TariffRender", "TariffUsage", "TariffUsageStore", "TariffBilling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "tariff", dependencies: ["TariffCLI"], swiftSettings: strictSettings),
        // The plan benchmark's seeded emulator (scripts/bench-plan); not part of the product.
        .executableTarget(
            name: "tariff-bench", dependencies: ["TariffEmulator"], path: "Sources/TariffBench",
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffSupportTests", dependencies: ["TariffSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "TariffDiagnosticsTests", dependencies: ["TariffDiagnostics"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TariffConfigTests",
            dependencies: ["TariffConfig", "TariffDiagnostics"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TariffUsageTests", dependencies: ["TariffUsage", "TariffConfig", "TariffDiagnostics"],
            // Read through #filePath, so that re-recording writes the files in the repository.
            exclude: ["Goldens", "Fixtures"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffBillingTests",
            dependencies: ["TariffBilling", "TariffBillingPricing", "TariffConfig", "TariffDiagnostics"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffStripeTests", dependencies: ["TariffStripe", "TariffEmulator"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffEmulatorTests", dependencies: ["TariffEmulator", "TariffStripe"],
            swiftSettings: strictSettings),
        // What the engine's and the CLI's tests share: an in-process emulator with a client, and
        // the plan → apply loop (not a test target, so both test targets can depend on it).
        .target(
            name: "TariffTestSupport",
            dependencies: ["TariffConfig", "TariffEmulator", "TariffEngine", "TariffStripe"],
            path: "Tests/TariffTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "TariffEngineTests",
            dependencies: [
                "TariffEngine", "TariffConfig", "TariffStripe", "TariffEmulator", "TariffTestSupport",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffRenderTests",
            dependencies: ["TariffRender", "TariffEngine", "TariffStripe", "TariffUsage"],
            resources: [.copy("Goldens")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffUsageStoreTests", dependencies: ["TariffUsageStore", "TariffUsage", "TariffConfig"],
            resources: [.copy("BadEvents")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "TariffCLITests",
            dependencies: ["TariffCLI", "TariffTestSupport"],
            // Read through #filePath, so that re-recording writes the files in the repository.
            exclude: ["PermissionsGoldens"],
            swiftSettings: strictSettings
        ),
    ]
)
