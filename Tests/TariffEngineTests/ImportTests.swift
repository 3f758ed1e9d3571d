import Foundation
import TariffConfig
import Testing

@testable import TariffEngine
import TariffStripe

/// `CatalogImporter` and `ImportYAMLWriter` on hand-built live states: keys, skip reasons,
/// archived objects, and YAML spelling.
struct ImportTests {
    static let account = LiveAccount(id: "acct_1Import", livemode: false)

    static func meter(
        _ id: String, _ event: String, status: StripeMeterStatus = .active, formula: String = "sum"
    ) -> LiveMeter {
        LiveMeter(
            id: id, displayName: event, eventName: event, status: StripeEnum(status),
            formula: StripeEnum(rawValue: formula))
    }

    @Test(arguments: [
        ("Search API (monthly)", "search_api_monthly"),
        ("  --Pro++  ", "pro"),
        ("Überpreis 2", "berpreis_2"),
        ("", ""),
    ])
    func slugs(text: String, slug: String) {
        #expect(ImportKeys.slug(text) == slug)
    }

    @Test func clashingKeysGetNumberedInOrder() {
        var keys = ImportKeys(reserved: ["pro_monthly"])
        #expect(keys.claim("pro_monthly") == "pro_monthly_2")
        #expect(keys.claim("pro_monthly") == "pro_monthly_3")
        #expect(keys.claim("team") == "team")
    }

    @Test func pricesAreKeyedByLookupKeyThenNickname() {
        let live = LiveState(
            account: Self.account, products: [LiveProduct(id: "prod_A1", name: "Pro")],
            prices: [
                LivePrice(
                    id: "price_1", productID: "prod_A1", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 900),
                    recurring: LiveRecurring(interval: StripeEnum(.month)), lookupKey: "pro_monthly",
                    created: 1),
                LivePrice(
                    id: "price_2", productID: "prod_A1", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 9000),
                    recurring: LiveRecurring(interval: StripeEnum(.year)), nickname: "Pro monthly", created: 2
                ),
                LivePrice(
                    id: "price_3", productID: "prod_A1", currency: "eur",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 800),
                    recurring: LiveRecurring(interval: StripeEnum(.month)), created: 3),
            ])
        let catalog = CatalogImporter().importCatalog(from: live)
        #expect(catalog.prices.map(\.key) == ["pro_monthly", "pro_monthly_2", "pro_monthly_eur"])
        #expect(catalog.lookupKeysToSet == ["price_2": "pro_monthly_2", "price_3": "pro_monthly_eur"])
    }

    @Test func whatTariffCannotExpressIsListedWithTheReason() throws {
        let live = LiveState(
            account: Self.account,
            products: [
                LiveProduct(id: "prod_A", name: "A"),
                LiveProduct(
                    id: "prod_B", name: "B", metadata: ["tariff_key": "prod_B", "tariff_namespace": "other"]),
            ],
            prices: [
                LivePrice(
                    id: "price_legacy", productID: "prod_A", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 1),
                    recurring: LiveRecurring(interval: StripeEnum(.month), usageType: StripeEnum(.metered))),
                LivePrice(
                    id: "price_custom", productID: "prod_A", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit))),
                LivePrice(
                    id: "price_on_count", productID: "prod_A", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 1),
                    recurring: LiveRecurring(
                        interval: StripeEnum(.month), usageType: StripeEnum(.metered), meterID: "mtr_count")),
            ],
            meters: [Self.meter("mtr_count", "rows", formula: "count")],
            webhooks: [
                LiveWebhook(id: "we_1", url: "https://a.example/hook", enabledEvents: ["*"], created: 1),
                LiveWebhook(id: "we_2", url: "https://b.example/hook", enabledEvents: ["*"], created: 2),
                LiveWebhook(id: "we_3", url: "http://c.example/hook", enabledEvents: ["*"], created: 3),
            ])
        let catalog = CatalogImporter(options: .init(namespace: "acme")).importCatalog(from: live)
        let reasons = Dictionary(uniqueKeysWithValues: catalog.skipped.map { ($0.id, $0.reason) })
        #expect(reasons["mtr_count"]?.contains("aggregation 'count'") == true)
        #expect(reasons["prod_B"]?.contains("namespace 'other'") == true)
        #expect(reasons["price_legacy"]?.contains("without a billing meter") == true)
        #expect(reasons["price_custom"]?.contains("custom_unit_amount") == true)
        #expect(reasons["price_on_count"]?.contains("mtr_count is not imported") == true)
        #expect(reasons["we_2"]?.contains("one webhook endpoint") == true)
        #expect(reasons["we_3"]?.contains("https") == true)
        #expect(catalog.webhook?.liveID == "we_1")
        let yaml = try ImportYAMLWriter.yaml(catalog)
        for id in reasons.keys { #expect(yaml.contains("# ") && yaml.contains(id)) }
    }

    @Test func archivedObjectsAreCountedOrImportedInactive() throws {
        let live = LiveState(
            account: Self.account,
            products: [LiveProduct(id: "prod_old", name: "Old", active: false)],
            prices: [
                LivePrice(
                    id: "price_old", productID: "prod_old", active: false, currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 100),
                    lookupKey: "old")
            ],
            meters: [Self.meter("mtr_off", "off", status: .inactive)])
        let without = CatalogImporter().importCatalog(from: live)
        #expect(without.products.isEmpty && without.meters.isEmpty && without.skipped.isEmpty)
        #expect(without.archivedLeftOut == 3)
        let with = CatalogImporter(options: .init(includeArchived: true)).importCatalog(from: live)
        #expect(with.products.map(\.active) == [false])
        #expect(with.prices.map(\.active) == [false])
        #expect(with.skipped.map(\.id) == ["mtr_off"])
        #expect(try ImportYAMLWriter.yaml(with).contains("active: false"))
    }

    /// Issue 10 item 10: keys a reviewer can read. A generated `prod_…` id becomes the slug of
    /// the product's name, kept as `id:`; a price without lookup key or nickname is named from its
    /// product, period and currency; a chosen id or a managed `tariff_key` stays the key.
    @Test func keysAreReadableAndTheStripeIDIsKept() throws {
        let live = LiveState(
            account: Self.account,
            products: [
                LiveProduct(id: "prod_ZZY4D0MG5p2R0aSzFMFa9yIS", name: "Data API", created: 1),
                LiveProduct(id: "search", name: "Search", created: 2),
                LiveProduct(id: "prod_Other", name: "Data API", created: 3),
            ],
            prices: [
                LivePrice(
                    id: "price_1", productID: "prod_ZZY4D0MG5p2R0aSzFMFa9yIS", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 900),
                    recurring: LiveRecurring(interval: StripeEnum(.month)), created: 1)
            ])
        let catalog = CatalogImporter().importCatalog(from: live)
        #expect(catalog.products.map(\.key) == ["data_api", "search", "data_api_2"])
        #expect(
            catalog.products.map(\.stripeID) == ["prod_ZZY4D0MG5p2R0aSzFMFa9yIS", "search", "prod_Other"])
        #expect(catalog.prices.map(\.key) == ["data_api_monthly_usd"])
        let yaml = try ImportYAMLWriter.yaml(catalog)
        #expect(yaml.contains("  data_api:\n    id: prod_ZZY4D0MG5p2R0aSzFMFa9yIS\n"), "\(yaml)")
        #expect(yaml.contains("  search:\n    name: \"Search\"\n"), "no id: where it equals the key\n\(yaml)")
    }

    @Test(arguments: [
        (Decimal(4900), "4900"),
        (Decimal(string: "0.2") ?? 0, "\"0.2\""),
        (Decimal(string: "0.000000000001") ?? 0, "\"0.000000000001\""),
        (Decimal(0), "0"),
    ])
    func amountsAreExact(amount: Decimal, spelled: String) throws {
        let text = try YAMLEmitter.emit(.mapping([.init("flat", ImportYAMLWriter.amount(amount))]))
        #expect(text == "flat: \(spelled)\n")
    }

    @Test func aRestrictedKeyImportPinsNoAccount() throws {
        let live = LiveState(
            account: .unreadable(keyIsLive: false), products: [LiveProduct(id: "a", name: "A")])
        let catalog = CatalogImporter().importCatalog(from: live)
        let yaml = try ImportYAMLWriter.yaml(catalog)
        #expect(!yaml.contains("account:"))
        #expect(yaml.contains("restricted key"))
    }
}
