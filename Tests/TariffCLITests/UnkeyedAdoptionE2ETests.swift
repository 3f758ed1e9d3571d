import Foundation
import TariffStripe
import TariffTestSupport
import Testing

/// The round trip on a hand-made account whose prices have no lookup keys (tiered,
/// volume, package, multi-currency): `import` → `validate` → `plan --adopt` shows only adopt and
/// update actions → `apply --adopt --auto-approve` → `plan --detailed-exitcode` exits 0, and every
/// price keeps its id (issue 10). Before, `plan --adopt` created a copy of every unkeyed price.
@Suite("Adopting unkeyed prices, end to end", .serialized)
struct UnkeyedAdoptionE2ETests {
    /// Seeds the account through the emulator's HTTP API, as a person in the Dashboard would.
    static func seed(_ client: StripeClient) async throws {
        func post(_ path: String, _ fields: [(String, String)]) async throws -> String {
            let form = StripeForm(fields.map { StripeFormField($0.0, .string($0.1)) })
            let object: StripeIDOnly = try await client.post(path, form: form)
            return object.id
        }
        let calls = try await post(
            "/v1/billing/meters",
            [
                ("display_name", "API calls"), ("event_name", "api_calls"),
                ("default_aggregation[formula]", "sum"),
                ("customer_mapping[type]", "by_id"),
                ("customer_mapping[event_payload_key]", "stripe_customer_id"),
                ("value_settings[event_payload_key]", "value"),
            ])
        let api = try await post("/v1/products", [("name", "Data API"), ("metadata[team]", "data")])
        let month = [("currency", "usd"), ("recurring[interval]", "month")]
        _ = try await post(
            "/v1/prices",
            [("product", api), ("nickname", "Calls")] + month + [
                ("recurring[usage_type]", "metered"), ("recurring[meter]", calls),
                ("billing_scheme", "tiered"),
                ("tiers_mode", "graduated"), ("tiers[0][up_to]", "1000"), ("tiers[0][unit_amount]", "0"),
                ("tiers[1][up_to]", "inf"), ("tiers[1][unit_amount_decimal]", "0.2"),
            ])
        _ = try await post(
            "/v1/prices",
            [("product", api), ("nickname", "Seats")] + month + [
                ("billing_scheme", "tiered"), ("tiers_mode", "volume"), ("tiers[0][up_to]", "10"),
                ("tiers[0][unit_amount]", "1000"), ("tiers[0][flat_amount]", "500"),
                ("tiers[1][up_to]", "inf"),
                ("tiers[1][unit_amount]", "800"),
            ])
        _ = try await post(
            "/v1/prices",
            [("product", api), ("nickname", "Export bundles")] + month + [
                ("unit_amount", "500"), ("transform_quantity[divide_by]", "1000"),
                ("transform_quantity[round]", "up"),
            ])
        let platform = try await post("/v1/products", [("name", "Platform")])
        let fee = try await post(
            "/v1/prices",
            [
                ("product", platform), ("currency", "usd"), ("unit_amount", "4900"),
                ("recurring[interval]", "year"),
                ("currency_options[eur][unit_amount]", "4500"),
                ("currency_options[eur][tax_behavior]", "exclusive"),
                ("currency_options[gbp][unit_amount]", "3900"), ("tax_behavior", "exclusive"),
            ])
        _ = try await post("/v1/products/\(platform)", [("default_price", fee)])
    }

    @Test func importPlanAdoptApplyThenNoChangesAndTheSamePriceIDs() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            try await Self.seed(emulator.client)
            let before = try await emulator.client.listAllPrices()
            #expect(before.count == 4 && before.allSatisfy { $0.lookupKey == nil })
            let out = emulator.directory.appendingPathComponent("billing").path

            let imported = try await emulator.tariff(["import", "--namespace", "acme", "--out", out])
            #expect(imported.status == 0, "\(imported.stderr)")
            let validated = try await emulator.tariff(["validate", out])
            #expect(validated.status == 0, "\(validated.stderr)")

            let plan = try await emulator.tariff(["plan", "--adopt", "--format", "json", out])
            #expect(plan.status == 0, "\(plan.stderr)")
            let document = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
            let actions = document?["actions"] as? [[String: Any]] ?? []
            let kinds = actions.compactMap { $0["kind"] as? String }
            #expect(!kinds.isEmpty && Set(kinds).isSubset(of: ["adopt", "update"]), "\(kinds)")
            #expect(!plan.stderr.contains("plan.duplicate-price"), "\(plan.stderr)")

            let applied = try await emulator.tariff(["apply", "--adopt", "--auto-approve", out])
            #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
            let again = try await emulator.tariff(["plan", "--detailed-exitcode", out])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")

            let after = try await emulator.client.listAllPrices()
            #expect(Set(after.map(\.id)) == Set(before.map(\.id)))
            #expect(after.allSatisfy { $0.active && $0.lookupKey != nil && $0.metadata["tariff_key"] != nil })
        }
    }
}
