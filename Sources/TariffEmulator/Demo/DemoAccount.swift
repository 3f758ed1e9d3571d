import Foundation

/// The pre-seeded account behind `tariff plan --emulator examples/demo` and
/// `tariff emulator --seed demo`: a catalog with some history, so a first plan has something to
/// say.
///
/// Everything is created through the emulator's own API (`StripeEmulator.seed`), so Stripe's rules
/// apply to the demo data as to any other. Against `examples/demo` the account yields creates (a
/// meter, a product, its price), an update (a product description edited in the Dashboard), a
/// replacement with subscribers (the older, dearer `search_usage`), an unmanaged product and an
/// id-mapping warning (a subscriber without a company id).
package enum DemoAccount {
    /// The namespace that asks `--emulator` for this account; only `examples/demo` uses it.
    package static let namespace = "tariff-demo"
    /// A fixed id seed, so the demo prints the same ids on every run.
    package static let idSeed: UInt64 = 2026
    /// The demo's clock for `tariff usage plan --emulator examples/demo`: 2026-12-01T12:00:00Z,
    /// the instant `scripts/generate-demo-events` writes the demo's events up to, so the usage
    /// plan shows the same windows on every run.
    package static let usageNow: Int64 = 1_796_126_400

    /// Whether a config with `namespace` wants the demo account rather than an empty one.
    package static func isRequested(byNamespace namespace: String?) -> Bool {
        namespace == Self.namespace
    }

    /// Creates the demo catalog, customers and subscriptions in the emulator's test mode.
    package static func seed(into emulator: StripeEmulator) async throws {
        var seeder = DemoSeeder(emulator: emulator)
        try await seeder.seedCatalog()
        try await seeder.seedCustomers()
    }
}
