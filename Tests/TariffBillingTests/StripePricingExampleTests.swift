import Foundation
import Testing
import TariffBillingPricing

/// The worked examples in Stripe's documentation, with the amounts Stripe states, in cents.
/// Each row names the page it comes from; nothing here is made up.
@Suite struct StripePricingExampleTests {
    /// The tiers of Stripe's "Typographic" example: fonts 1–5 at 7 USD, 6–10 at 6.5 USD, 11 and
    /// more at 6 USD (https://docs.stripe.com/subscriptions/pricing-models/tiered-pricing).
    static let typographicTiers = [
        PriceTier(upTo: 5, unitAmount: 700), PriceTier(upTo: 10, unitAmount: 650),
        PriceTier(upTo: nil, unitAmount: 600),
    ]

    /// The page's volume table: "Quantity and usage at end of the period" → "Total monthly
    /// cost": 1 → 7 USD, 5 → 35 USD, 6 → 39 USD, 20 → 120 USD, 25 → 150 USD.
    @Test(arguments: [(1, 700), (5, 3_500), (6, 3_900), (20, 12_000), (25, 15_000)])
    func typographicVolumePricing(fonts: Int, cents: Int) {
        let charge = PriceScheme.tiered(.volume, Self.typographicTiers).charge(for: Decimal(fonts))
        #expect(charge.amount == cents)
        #expect(charge.parts.count == 1, "volume pricing prices every unit at one tier")
    }

    /// The same page, graduated: "5 fonts result in the same charge as volume-based pricing:
    /// 35 USD total at 7 USD per font", and its table "Total for graduated tiered pricing":
    /// 1 → 7 USD, 5 → 35 USD, 6 → 41.5 USD, 20 → 127.5 USD, 25 → 157.5 USD.
    @Test(arguments: [(1, 700), (5, 3_500), (6, 4_150), (20, 12_750), (25, 15_750)])
    func typographicGraduatedPricing(fonts: Int, cents: Int) {
        let charge = PriceScheme.tiered(.graduated, Self.typographicTiers).charge(for: Decimal(fonts))
        #expect(charge.amount == cents)
        #expect(charge.parts.first?.tier == 0)
    }

    /// The page's flat-rate tiers: 1–5 at 5 USD + 10 USD flat, 6–10 at 4 USD + 20 USD, 11–15 at
    /// 3 USD + 30 USD, 16–20 at 2 USD + 40 USD, then 1 USD + 50 USD.
    static let flatRateTiers = [
        PriceTier(upTo: 5, unitAmount: 500, flatAmount: 1_000),
        PriceTier(upTo: 10, unitAmount: 400, flatAmount: 2_000),
        PriceTier(upTo: 15, unitAmount: 300, flatAmount: 3_000),
        PriceTier(upTo: 20, unitAmount: 200, flatAmount: 4_000),
        PriceTier(upTo: nil, unitAmount: 100, flatAmount: 5_000),
    ]

    /// "If quantity is 12 and tiers_mode=volume … 12 × 3 USD + 30 USD = 66 USD"; graduated:
    /// "(5 × 5 USD + 10 USD) + (5 × 4 USD + 20 USD) + (2 × 3 USD + 30 USD) = 111 USD"; "If
    /// quantity is 0, the total amount is 10 USD regardless of the tiered pricing model used".
    @Test(arguments: [
        (TiersMode.volume, 12, 6_600), (.graduated, 12, 11_100), (.volume, 0, 1_000), (.graduated, 0, 1_000),
    ])
    func flatRateTiers(mode: TiersMode, quantity: Int, cents: Int) {
        #expect(PriceScheme.tiered(mode, Self.flatRateTiers).charge(for: Decimal(quantity)).amount == cents)
    }

    /// "Charge 10 USD per hour, and round up to charge for a full hour … If a customer rents the
    /// car for 150 minutes, that customer is charged 30 USD for 3 hours of rental"
    /// (https://docs.stripe.com/billing/subscriptions/usage-based/transform-quantities).
    @Test func carRentalPerStartedHour() {
        let perHour = PriceScheme.perUnit(
            unitAmount: 1_000, transform: QuantityTransform(divideBy: 60, round: .up))
        let charge = perHour.charge(for: 150)
        #expect(charge.billedQuantity == 3)
        #expect(charge.amount == 3_000)
    }

    /// "10 USD for every 5 users (or portion thereof)": 1, 3 and 5 users → 10 USD, 6 and 7 → 20
    /// USD (https://stripe.com/docs/billing/subscriptions/quantity-transformation).
    @Test(arguments: [(1, 1_000), (3, 1_000), (5, 1_000), (6, 2_000), (7, 2_000)])
    func perFiveUsersRoundedUp(users: Int, cents: Int) {
        let perFive = PriceScheme.perUnit(
            unitAmount: 1_000, transform: QuantityTransform(divideBy: 5, round: .up))
        #expect(perFive.charge(for: Decimal(users)).amount == cents)
    }

    /// "An annual subscription for $1,200 only counts $100 towards your MRR"
    /// (https://support.stripe.com/questions/billing-analytics).
    @Test func annualSubscriptionCountsAsOneTwelfth() {
        let yearly = PriceScheme.perUnit(unitAmount: 120_000, transform: nil)
        #expect(MonthlyRecurring.of(yearly, quantity: 1, every: RecurringPeriod(.year)) == 10_000)
    }

    /// "100 subscribers are on Plan A (100 USD per month) and 50 subscribers are on Plan B (600
    /// USD per year) … MRR = 12,500 USD" (https://docs.stripe.com/billing/subscriptions/analytics/glossary;
    /// the page's formula writes "800 USD/12" for plan B, a slip: its stated total 12,500 USD is
    /// 100 × 100 + 50 × 600 / 12).
    @Test func glossaryMixedIntervalMRR() {
        let planA = PriceScheme.perUnit(unitAmount: 10_000, transform: nil)
        let planB = PriceScheme.perUnit(unitAmount: 60_000, transform: nil)
        let mrr =
            MonthlyRecurring.of(planA, quantity: 100, every: RecurringPeriod(.month))
            + MonthlyRecurring.of(planB, quantity: 50, every: RecurringPeriod(.year))
        #expect(mrr == 1_250_000)
    }
}
