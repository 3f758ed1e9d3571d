import Foundation
import Testing
import TariffBillingPricing

/// The pricing rules beyond Stripe's worked examples: flat amounts, bounds, decimal unit
/// amounts, rounding, negative usage. Expected amounts are computed by hand in each comment.
@Suite struct PricingRuleTests {
    /// 0–1000 free with a 20,000 flat fee, then 0.4 cents a unit.
    static let flatFeeAndOverage = [
        PriceTier(upTo: 1_000, unitAmount: 0, flatAmount: 20_000), PriceTier(upTo: nil, unitAmount: 0.4),
    ]

    @Test(arguments: [
        (0, 20_000),  // no usage: the first tier's flat fee
        (1_000, 20_000),  // exactly the included units
        (1_001, 20_000),  // 20,000 + 0.4 = 20,000.4 → 20,000
        (1_002, 20_001),  // 20,000 + 0.8 → 20,001
        (3_500, 21_000),  // 20,000 + 2,500 × 0.4
    ])
    func graduatedFlatFeeAndOverage(quantity: Int, cents: Int) {
        let charge = PriceScheme.tiered(.graduated, Self.flatFeeAndOverage).charge(for: Decimal(quantity))
        #expect(charge.amount == cents)
    }

    @Test func graduatedPartsSplitAtEachBound() {
        let tiers = [
            PriceTier(upTo: 10, unitAmount: 5, flatAmount: 100),
            PriceTier(upTo: 20, unitAmount: 3, flatAmount: 50),
            PriceTier(upTo: nil, unitAmount: 1),
        ]
        let charge = PriceScheme.tiered(.graduated, tiers).charge(for: 25)
        #expect(charge.parts.map(\.units) == [10, 10, 5])
        // (10 × 5 + 100) + (10 × 3 + 50) + 5 × 1 = 150 + 80 + 5
        #expect(charge.exactAmount == 235)
        // At exactly 20 the third tier prices nothing and its flat amount (none here) is not due.
        #expect(PriceScheme.tiered(.graduated, tiers).charge(for: 20).parts.count == 2)
    }

    @Test func volumeTierIncludesItsUpperBound() {
        let tiers = [
            PriceTier(upTo: 10, unitAmount: 5, flatAmount: 100),
            PriceTier(upTo: nil, unitAmount: 3, flatAmount: 50),
        ]
        let scheme = PriceScheme.tiered(.volume, tiers)
        #expect(scheme.charge(for: 10).exactAmount == 150)  // 10 × 5 + 100
        #expect(scheme.charge(for: 11).exactAmount == 83)  // 11 × 3 + 50
        #expect(scheme.charge(for: 0).exactAmount == 100)  // quantity 0 falls in the first tier
    }

    @Test func decimalUnitAmountsStayExactUntilRounded() {
        let perCall = PriceScheme.perUnit(unitAmount: Decimal(string: "0.002")!, transform: nil)
        let charge = perCall.charge(for: 1_234_567)
        #expect(charge.exactAmount == Decimal(string: "2469.134")!)
        #expect(charge.amount == 2_469)
        // Halves round away from zero: 0.25 × 10 = 2.5 → 3.
        #expect(PriceScheme.perUnit(unitAmount: 0.25, transform: nil).charge(for: 10).amount == 3)
    }

    @Test func packagesRoundDownWhenAsked() {
        let perFullGigabyte = PriceScheme.perUnit(
            unitAmount: 100, transform: QuantityTransform(divideBy: 1_000, round: .down))
        #expect(perFullGigabyte.charge(for: 2_999).billedQuantity == 2)
        #expect(perFullGigabyte.charge(for: 2_999).amount == 200)
        #expect(perFullGigabyte.charge(for: 999).amount == 0)
    }

    @Test func negativeUsageBillsNothing() {
        let perUnit = PriceScheme.perUnit(unitAmount: 7, transform: nil)
        #expect(perUnit.charge(for: -40).amount == 0)
        #expect(PriceScheme.tiered(.volume, Self.flatFeeAndOverage).charge(for: -1).amount == 20_000)
    }

    @Test(arguments: [
        (RecurringPeriod(.month, count: 3), 3_000, "1000"),  // a quarter
        (RecurringPeriod(.year, count: 2), 24_000, "1000"),
        (RecurringPeriod(.week), 1_200, "5200"),  // 1,200 × 52 / 12
        (RecurringPeriod(.day), 120, "3650"),  // 120 × 365 / 12
        (RecurringPeriod(.week, count: 2), 2_400, "5200"),
    ])
    func monthlyNormalisation(period: RecurringPeriod, perPeriod: Int, monthly: String) {
        #expect(MonthlyRecurring.normalise(Decimal(perPeriod), every: period) == Decimal(string: monthly)!)
    }

    @Test func mrrOfATieredLicensedPriceUsesTheChargeForTheQuantity() {
        let seats = PriceScheme.tiered(
            .graduated, [PriceTier(upTo: 5, unitAmount: 1_000), PriceTier(upTo: nil, unitAmount: 800)])
        // 5 × 1,000 + 3 × 800 = 7,400 a year → 616.66… a month
        var mrr = MonthlyRecurring.of(seats, quantity: 8, every: RecurringPeriod(.year))
        var cents = Decimal()
        NSDecimalRound(&cents, &mrr, 2, .plain)
        #expect(cents == Decimal(string: "616.67")!)
    }
}
