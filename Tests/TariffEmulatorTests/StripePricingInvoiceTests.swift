import Foundation
import Testing

@testable import TariffEmulator

/// The worked examples of Stripe's pricing pages as the emulator's renewal invoices bill them:
/// a metered price created through the API as the page creates it, usage of the stated quantity
/// in January, and the finalized February invoice's line amount, to the cent.
/// `RevenueChargeExampleTests` asserts the same amounts as `tariff revenue`'s charges.
@Suite("Stripe's pricing examples, on the emulator's invoices")
struct StripePricingInvoiceTests {
    /// Tier parameters of https://docs.stripe.com/subscriptions/pricing-models/tiered-pricing:
    /// "Typographic" (7, 6.5 and 6 USD) and the flat-rate table (5 USD + 10 USD flat … 1 USD + 50 USD).
    static let typographic =
        "&tiers[0][up_to]=5&tiers[0][unit_amount]=700&tiers[1][up_to]=10&tiers[1][unit_amount]=650"
        + "&tiers[2][up_to]=inf&tiers[2][unit_amount]=600"
    static let flatRate =
        [(5, 500, 1_000), (10, 400, 2_000), (15, 300, 3_000), (20, 200, 4_000)].enumerated()
        .map {
            "&tiers[\($0.offset)][up_to]=\($0.element.0)&tiers[\($0.offset)][unit_amount]=\($0.element.1)"
                + "&tiers[\($0.offset)][flat_amount]=\($0.element.2)"
        }.joined()
        + "&tiers[4][up_to]=inf&tiers[4][unit_amount]=100&tiers[4][flat_amount]=5000"

    /// (price parameters, quantity used in January, the page's amount in cents).
    static let examples: [(String, Int, Int)] = [
        ("billing_scheme=tiered&tiers_mode=volume\(typographic)", 1, 700),
        ("billing_scheme=tiered&tiers_mode=volume\(typographic)", 25, 15_000),
        ("billing_scheme=tiered&tiers_mode=graduated\(typographic)", 6, 4_150),
        ("billing_scheme=tiered&tiers_mode=graduated\(typographic)", 20, 12_750),
        ("billing_scheme=tiered&tiers_mode=graduated\(typographic)", 25, 15_750),
        ("billing_scheme=tiered&tiers_mode=volume\(flatRate)", 12, 6_600),
        ("billing_scheme=tiered&tiers_mode=graduated\(flatRate)", 12, 11_100),
        // "If quantity is 0, the total amount is 10 USD regardless of the tiered pricing model".
        ("billing_scheme=tiered&tiers_mode=volume\(flatRate)", 0, 1_000),
        ("billing_scheme=tiered&tiers_mode=graduated\(flatRate)", 0, 1_000),
        // 10 USD per 5 users, rounded up (https://stripe.com/docs/billing/subscriptions/quantity-transformation).
        ("unit_amount=1000&transform_quantity[divide_by]=5&transform_quantity[round]=up", 6, 2_000),
        // 10 USD per started hour, 150 minutes (https://docs.stripe.com/billing/subscriptions/usage-based/transform-quantities).
        ("unit_amount=1000&transform_quantity[divide_by]=60&transform_quantity[round]=up", 150, 3_000),
    ]

    @Test(arguments: examples)
    func invoiceLineMatchesTheExample(price: String, quantity: Int, cents: Int) async throws {
        let stripe = Harness(
            StripeEmulator.Configuration(
                seed: 3, usage: EmulatorUsageSettings(clock: EmulatorClock(frozen: InvoiceTests.february))))
        await stripe.product()
        let meter = await stripe.meter("units")
        let created = await stripe.send(
            "POST", "/v1/prices",
            "product=pro&currency=usd&recurring[interval]=month&recurring[usage_type]=metered"
                + "&recurring[meter]=\(meter)&\(price)")
        let priceID = try #require(created.string("id"), "\(created.json)")
        let clock =
            await stripe.send("POST", "/v1/test_helpers/test_clocks", "frozen_time=\(InvoiceTests.newYear)")
            .string("id") ?? ""
        let customer =
            await stripe.send("POST", "/v1/customers", "name=Example&test_clock=\(clock)").string("id") ?? ""
        await stripe.send("POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(priceID)")
        if quantity > 0 {
            let event = await stripe.send(
                "POST", "/v1/billing/meter_events",
                "event_name=units&payload[stripe_customer_id]=\(customer)&payload[value]=\(quantity)"
                    + "&timestamp=\(InvoiceTests.newYear + 86_400)")
            #expect(event.status == 200)
        }
        let invoice = try await StripeCreditExampleTests.finalizedInvoice(
            stripe, clock: clock, customer: customer)
        #expect(invoice["status"] as? String == "open")
        #expect(InvoiceTests.lines(invoice)[priceID]?["amount"] as? Int == cents)
        #expect(invoice["amount_due"] as? Int == cents)
    }
}
