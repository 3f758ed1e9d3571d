import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// A product's or price's `metadata:` is authoritative: keys the YAML drops, or someone added by
/// hand, are removed and the next plan is empty; Tariff's own `tariff_…` keys stay (issue 10).
@Suite("Metadata converges")
struct MetadataConvergenceTests {
    static func config(productMetadata: String, priceMetadata: String) -> String {
        """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
          webhook:
            url: https://hooks.example.com/stripe
            events: ["invoice.paid"]
        products:
          team:
            name: Team
            metadata: { \(productMetadata) }
            prices:
              seat:
                currency: usd
                interval: month
                flat: 1000
                metadata: { \(priceMetadata) }
        """
    }

    @Test func keysRemovedFromTheYAMLAreRemovedFromStripe() async throws {
        let bench = ApplyBench()
        let first = try ApplyBench.desired(
            Self.config(productMetadata: "owner: ana, team: billing", priceMetadata: "tier: gold, region: eu")
        )
        #expect(try await bench.apply(first).succeeded)
        // Someone adds keys by hand, including one in Tariff's own namespace.
        _ = try await bench.client.updateProduct(
            "team",
            ProductUpdateParams(
                metadata: StripeMetadataPatch(set: ["added_by_hand": "yes", "tariff_note": "kept"])))
        let webhooks: [StripeWebhookEndpoint] = try await bench.all("/v1/webhook_endpoints")
        let webhook = try #require(webhooks.first)
        _ = try await bench.client.updateWebhookEndpoint(
            webhook.id, WebhookEndpointUpdateParams(metadata: StripeMetadataPatch(set: ["ops": "pager"])))

        let second = try ApplyBench.desired(
            Self.config(productMetadata: "team: billing", priceMetadata: "tier: gold"))
        let planned = try await bench.plan(second)
        let removed = planned.plan.actions.flatMap { action in
            action.changes.filter { $0.after == nil }.map { "\(action.address) \($0.field.path)" }
        }
        #expect(
            removed.sorted() == [
                "products.team metadata.added_by_hand", "products.team metadata.owner",
                "products.team.prices.seat metadata.region",
            ])
        let report = try await bench.apply(second)
        #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        let product = try await bench.client.retrieveProduct("team")
        #expect(product.metadata == ["team": "billing", "tariff_key": "team", "tariff_note": "kept"])
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        #expect(prices.first?.metadata == ["tier": "gold", "tariff_key": "team.seat"])
        let kept: [StripeWebhookEndpoint] = try await bench.all("/v1/webhook_endpoints")
        #expect(kept.first?.metadata["ops"] == "pager")
        #expect(try await bench.plan(second).plan.actions.isEmpty)
    }
}
