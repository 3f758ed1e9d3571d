import Foundation
import Testing
import TariffConfig
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport

/// The issue's round trip: a hand-made catalog seeded through the emulator's API → import →
/// validate → a plan of adoptions only → apply → an empty plan, and nothing but metadata changed.
struct ImportRoundTripTests {
    /// Seeds the catalog: tiered (graduated and volume), package, metered and multi-currency
    /// prices, an inactive meter, a `last` meter, a webhook, and archived objects.
    /// - Parameter bundleLookupKey: a lookup key for the package price, which otherwise has none.
    static func seedCatalog(_ emulator: StripeEmulator, bundleLookupKey: String? = nil) async throws {
        func post(_ path: String, _ form: String) async throws -> String {
            let body = try await emulator.seed("POST", path, form: form)
            let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
            return try #require(object?["id"] as? String)
        }
        let meterForm =
            "&customer_mapping[type]=by_id&customer_mapping[event_payload_key]=stripe_customer_id"
            + "&value_settings[event_payload_key]=value"
        let calls = try await post(
            "/v1/billing/meters",
            "display_name=API%20calls&event_name=api_calls&default_aggregation[formula]=sum" + meterForm)
        _ = try await post(
            "/v1/billing/meters",
            "display_name=Seats&event_name=seats.active&default_aggregation[formula]=last" + meterForm)
        let old = try await post(
            "/v1/billing/meters",
            "display_name=Old%20events&event_name=old_events&default_aggregation[formula]=sum" + meterForm)
        _ = try await post("/v1/billing/meters/\(old)/deactivate", "")
        _ = try await post(
            "/v1/products",
            "id=search&name=Search%20%22Pro%22&description=Search%3A%20full%20text&metadata[team]=search&unit_label=call"
        )
        _ = try await post(
            "/v1/prices",
            "product=search&currency=usd&recurring[interval]=month&recurring[usage_type]=metered&recurring[meter]=\(calls)"
                + "&billing_scheme=tiered&tiers_mode=graduated&tiers[0][up_to]=1000&tiers[0][unit_amount]=0"
                + "&tiers[1][up_to]=inf&tiers[1][unit_amount_decimal]=0.2&lookup_key=search_graduated"
                + "&nickname=Search%20calls&tax_behavior=exclusive")
        _ = try await post(
            "/v1/prices",
            "product=search&currency=usd&recurring[interval]=month&billing_scheme=tiered&tiers_mode=volume"
                + "&tiers[0][up_to]=10&tiers[0][unit_amount]=1000&tiers[0][flat_amount]=500"
                + "&tiers[1][up_to]=inf&tiers[1][unit_amount]=800&lookup_key=seats%20volume")
        _ = try await post(
            "/v1/prices",
            "product=search&currency=usd&recurring[interval]=month&unit_amount=500"
                + "&transform_quantity[divide_by]=1000&transform_quantity[round]=up&nickname=Export%20bundles"
                + (bundleLookupKey.map { "&lookup_key=\($0)" } ?? ""))
        _ = try await post(
            "/v1/prices",
            "product=search&currency=usd&recurring[interval]=month&recurring[usage_type]=metered&recurring[meter]=\(calls)"
                + "&unit_amount_decimal=0.25&lookup_key=search_per_call&metadata[tier]=basic")
        let retired = try await post(
            "/v1/prices", "product=search&currency=usd&unit_amount=100&lookup_key=retired_once")
        _ = try await post("/v1/prices/\(retired)", "active=false")
        let platform = try await post("/v1/products", "name=Platform")
        let fee = try await post(
            "/v1/prices",
            "product=\(platform)&currency=usd&unit_amount=4900&recurring[interval]=year&recurring[interval_count]=1"
                + "&currency_options[eur][unit_amount]=4500&currency_options[eur][tax_behavior]=exclusive"
                + "&tax_behavior=exclusive&lookup_key=platform_fee&nickname=Platform%20fee")
        _ = try await post("/v1/products/\(platform)", "default_price=\(fee)")
        let gone = try await post("/v1/products", "name=Old%20plan")
        _ = try await post(
            "/v1/prices", "product=\(gone)&currency=usd&unit_amount=900&recurring[interval]=month")
        _ = try await post("/v1/products/\(gone)", "active=false")
        _ = try await post(
            "/v1/webhook_endpoints",
            "url=https%3A%2F%2Fhooks.example.com%2Fstripe&enabled_events[0]=customer.created&enabled_events[1]=invoice.paid"
                + "&description=Billing%20events")
    }

    /// The account's catalog, as the engine reads it.
    static func read(_ client: StripeClient) async throws -> LiveState {
        try await LiveStateReader(client: client).readCatalog().state
    }

    @Test func importAdoptApplyThenNothingToDo() async throws {
        let bench = ApplyBench()
        try await Self.seedCatalog(bench.emulator)
        let before = try await Self.read(bench.client)

        let catalog = CatalogImporter(options: .init(namespace: "acme")).importCatalog(from: before)
        let yaml = try ImportYAMLWriter.yaml(catalog)
        let loaded = ConfigLoader.load(inputs: [
            ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        ])
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.diagnostics.map(\.message))\n\(yaml)")
        let config = try #require(loaded.config)
        #expect(Set(catalog.meters.map(\.eventName)) == ["api_calls", "seats.active"])
        #expect(catalog.prices.count == 5)
        #expect(catalog.webhook?.url == "https://hooks.example.com/stripe")
        #expect(catalog.skipped.map(\.kind) == [])
        // The inactive meter, the retired price, the old product and its price.
        #expect(catalog.archivedLeftOut == 4)

        let desired = DesiredStateCompiler.compile(config)
        let adoption = ImportAdoption(client: bench.client)
        let first = try await adoption.plan(desired)
        #expect(
            ImportAdoption.unexpected(in: first.plan, before: catalog).isEmpty,
            "\(first.plan.actions.map { "\($0.kind) \($0.address)" })")
        #expect(try await adoption.setLookupKeys(catalog) == 1)
        let planned = try await adoption.plan(desired)
        #expect(!planned.plan.actions.isEmpty)
        #expect(
            planned.plan.actions.allSatisfy { $0.kind == .adopt },
            "\(planned.plan.actions.map { "\($0.kind) \($0.address)" })")
        let report = await adoption.apply(planned)
        #expect(report.stoppedAt == nil)

        let again = try await Planner(client: bench.client).plan(desired, options: PlanOptions())
        #expect(
            again.actions.isEmpty,
            "\(again.actions.map { "\($0.kind) \($0.address) \($0.changes.map(\.field))" })")
        #expect(!again.diagnostics.contains { $0.severity == .error })

        let after = try await Self.read(bench.client)
        #expect(Self.withoutOwnership(after) == Self.withoutOwnership(before))
    }

    /// The live state with Tariff's markers (and the lookup keys adoption sets) removed.
    static func withoutOwnership(_ state: LiveState) -> LiveState {
        var state = state
        let strip: ([String: String]) -> [String: String] = { CatalogImporter.userMetadata($0) }
        state.products = state.products.map {
            var product = $0
            product.metadata = strip(product.metadata)
            return product
        }
        state.prices = state.prices.map { price in
            var price = price
            price.metadata = strip(price.metadata)
            if price.nickname == "Export bundles" { price.lookupKey = nil }
            return price
        }
        state.webhooks = state.webhooks.map {
            var webhook = $0
            webhook.metadata = strip(webhook.metadata)
            return webhook
        }
        return state
    }
}
