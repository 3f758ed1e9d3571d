import Foundation
import TariffDiagnostics
import TariffEngine
import TariffStripe

/// The declared objects the fixture actions create, update, adopt or replace: every such
/// operation carries its desired object, as the planner's do.
enum FixtureDesired {
    static let marker = ["tariff_namespace": "acme"]

    static func price(
        _ key: String, nickname: String? = nil, currency: String = "usd", recurring: DesiredRecurring?,
        amounts: DesiredAmounts, currencyOptions: [String: DesiredAmounts] = [:],
        taxBehavior: StripeTaxBehavior? = nil, onChange: DesiredOnChange = DesiredOnChange(),
        line: Int, product: String = "search_api"
    ) -> DesiredPrice {
        DesiredPrice(
            key: key, productKey: product, lookupKey: key, nickname: nickname, currency: currency,
            recurring: recurring, amounts: amounts, currencyOptions: currencyOptions,
            taxBehavior: taxBehavior,
            metadata: marker.merging(["tariff_key": "\(product).\(key)"]) { first, _ in first },
            onChange: onChange, range: Build.at(line, 7))
    }

    static let monthlyLicensed = DesiredRecurring(interval: .month, usageType: .licensed)
    static let monthlyMetered = DesiredRecurring(
        interval: .month, usageType: .metered, meter: .meter("api_calls"))

    /// The search price's tiers before the `update-replace` change.
    static let searchTiers = DesiredAmounts(
        billingScheme: .tiered, tiersMode: .graduated,
        tiers: [
            PlanTier(upTo: 1000, unitAmount: 0, flatAmount: nil),
            PlanTier(upTo: nil, unitAmount: Build.decimal("0.2"), flatAmount: nil),
        ])

    // `creates`
    static let platformFee = price(
        "platform_fee", recurring: monthlyLicensed,
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 4900),
        currencyOptions: [
            "eur": DesiredAmounts(billingScheme: .perUnit, unitAmount: 900),
            "jpy": DesiredAmounts(billingScheme: .perUnit, unitAmount: 5000),
            "kwd": DesiredAmounts(billingScheme: .perUnit, unitAmount: 15000),
        ],
        line: 43)
    static let rerankUsage = price(
        "rerank_usage", nickname: "Rerank per call", recurring: monthlyMetered,
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: Build.decimal("0.2")), line: 52)
    static let enterprise = price(
        "enterprise", nickname: "Enterprise seats", currency: "eur",
        recurring: DesiredRecurring(interval: .year, usageType: .licensed),
        amounts: DesiredAmounts(
            billingScheme: .tiered, tiersMode: .volume,
            tiers: [
                PlanTier(upTo: 10, unitAmount: 2500, flatAmount: 10000),
                PlanTier(upTo: 100, unitAmount: 2000, flatAmount: nil),
                PlanTier(upTo: nil, unitAmount: 1500, flatAmount: nil),
            ]),
        line: 54)
    static let setupFee = price(
        "setup_fee", nickname: "One-time setup", recurring: nil,
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 25000), line: 55)

    // `update-replace` and `meter-cascade`
    static let searchProduct = DesiredProduct(
        key: "search_api", name: "Search", description: "Full-text search",
        metadata: marker.merging(["tariff_key": "search_api", "team": "discovery"]) { first, _ in first },
        range: Build.at(24, 3))
    static let searchUsageNewTiers = price(
        "search_usage", nickname: "Search API per call", recurring: monthlyMetered,
        amounts: DesiredAmounts(
            billingScheme: .tiered, tiersMode: .graduated,
            tiers: [
                PlanTier(upTo: 1000, unitAmount: 0, flatAmount: nil),
                PlanTier(upTo: 100_000, unitAmount: Build.decimal("0.3"), flatAmount: nil),
                PlanTier(upTo: nil, unitAmount: Build.decimal("0.25"), flatAmount: nil),
            ]),
        line: 31)
    static let platformFeeRaised = price(
        "platform_fee", nickname: "Platform fee", recurring: monthlyLicensed,
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 5900),
        onChange: DesiredOnChange(
            subscribers: .migrateAtPeriodEnd, proration: .noProrations, isExplicit: true,
            range: Build.at(47, 9)),
        line: 43)
    static let seatsYearly = price(
        "seats", nickname: "Seats", recurring: DesiredRecurring(interval: .year, usageType: .licensed),
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 10000),
        onChange: DesiredOnChange(subscribers: .migrateNow, isExplicit: true, range: Build.at(53, 9)),
        line: 50)
    static let searchUsageOnNewMeter = price(
        "search_usage", nickname: "Search API per call", recurring: monthlyMetered,
        amounts: searchTiers,
        onChange: DesiredOnChange(
            subscribers: .migrateAtPeriodEnd, proration: .noProrations, isExplicit: true,
            range: Build.at(41, 9)),
        line: 31)

    // `adopt` and `audit`
    static let searchProductAdopted = DesiredProduct(
        key: "search_api", name: "Search API",
        metadata: marker.merging(["tariff_key": "search_api"]) { first, _ in first }, range: Build.at(24, 3))
    static let platformFeeAdopted = price(
        "platform_fee", nickname: "Platform fee", recurring: monthlyLicensed,
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 4900), line: 43)
    static let searchUsageAudited = price(
        "search_usage", nickname: "Search API per call", recurring: monthlyMetered,
        amounts: searchTiers,
        taxBehavior: .exclusive, line: 31)
    static let auditedWebhook = DesiredWebhook(
        url: "https://hooks.example.com/stripe?app_id=123",
        enabledEvents: ["customer.updated", "invoice.finalized", "invoice.paid"],
        metadata: marker.merging(["tariff_key": "webhook"]) { first, _ in first }, range: Build.at(8, 3))

    /// A catalog price of `huge(prices:)`.
    static func catalogPrice(_ number: Int) -> DesiredPrice {
        price(
            "price_\(number)", recurring: monthlyLicensed,
            amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: Decimal(number * 100)),
            line: number * 6,
            product: "catalog")
    }
}
