import Foundation
import Testing

@testable import TariffEmulator

/// Billing credits as Stripe's documentation describes them, on the emulator's invoices.
///
/// The worked example is Stripe's credit-based pricing guide ("Hypernian",
/// https://docs.stripe.com/billing/subscriptions/usage-based/use-cases/credits-based-pricing-model):
/// input tokens at 0.03 USD (`unit_amount_decimal: 3`), output tokens at 0.05 USD
/// (`unit_amount_decimal: 5`), a paid grant of 10 USD (`value: 1000`) on metered prices, and a
/// test usage of 3,000 input tokens. The guide states those amounts, not the invoice; the invoice
/// follows from them: 3,000 × 3 cents = 90.00 USD, less the 10.00 USD grant = 80.00 USD due.
///
/// The order tests follow the rules of https://docs.stripe.com/billing/subscriptions/usage-based/billing-credits
/// ("Multiple credit grants", "Price-level applicability", "Multiple invoices or line items"):
/// priority, then earlier expiry, then promotional before paid, then earlier effective date, then
/// earlier creation; a price-scoped grant pays only its prices; lines in invoice order.
@Suite("Stripe's billing credits examples, on the emulator's invoices")
struct StripeCreditExampleTests {
    /// A Hypernian account: two token meters and prices, a customer on a test clock at
    /// `InvoiceTests.newYear` subscribed to both prices.
    struct Hypernian {
        let stripe: Harness
        let clock: String
        let customer: String
        let input: String
        let output: String

        init() async {
            stripe = Harness(
                StripeEmulator.Configuration(
                    seed: 7, usage: EmulatorUsageSettings(clock: EmulatorClock(frozen: InvoiceTests.february))
                ))
            await stripe.product("hypernian")
            let inputMeter = await stripe.meter("hypernian_input_tokens")
            let outputMeter = await stripe.meter("hypernian_output_tokens")
            let metered =
                "product=hypernian&currency=usd&recurring[interval]=month&recurring[usage_type]=metered"
            input =
                await stripe.send(
                    "POST", "/v1/prices", "\(metered)&recurring[meter]=\(inputMeter)&unit_amount_decimal=3"
                )
                .string("id") ?? ""
            output =
                await stripe.send(
                    "POST", "/v1/prices", "\(metered)&recurring[meter]=\(outputMeter)&unit_amount_decimal=5"
                )
                .string("id") ?? ""
            clock =
                await stripe.send(
                    "POST", "/v1/test_helpers/test_clocks", "frozen_time=\(InvoiceTests.newYear)"
                )
                .string("id") ?? ""
            customer =
                await stripe.send("POST", "/v1/customers", "name=Jenny Rosen&test_clock=\(clock)").string(
                    "id") ?? ""
            await stripe.send(
                "POST", "/v1/subscriptions",
                "customer=\(customer)&items[0][price]=\(input)&items[1][price]=\(output)")
        }

        /// A grant of `cents` USD credits; `extra` adds fields (`&priority=…`).
        @discardableResult
        func grant(_ cents: Int, _ extra: String = "") async -> String {
            await stripe.send(
                "POST", "/v1/billing/credit_grants", CreditGrantTests.grant(customer, cents, extra)
            )
            .string("id") ?? ""
        }

        func tokens(_ eventName: String, _ value: Int) async -> Int {
            await stripe.send(
                "POST", "/v1/billing/meter_events",
                "event_name=\(eventName)&payload[stripe_customer_id]=\(customer)&payload[value]=\(value)"
                    + "&timestamp=\(InvoiceTests.newYear + 86_400)"
            ).status
        }

        /// Advances past the period end and the draft hour; the finalized renewal invoice.
        func finalizedInvoice() async throws -> [String: Any] {
            try await StripeCreditExampleTests.finalizedInvoice(stripe, clock: clock, customer: customer)
        }

        /// The summary's available and ledger balance in usd.
        func balance() async -> (available: Int?, ledger: Int?) {
            let summary = await stripe.send(
                "GET", "/v1/billing/credit_balance_summary",
                "customer=\(customer)&filter[type]=applicability_scope&filter[applicability_scope][price_type]=metered"
            )
            let balance = (summary["balances"] as? [[String: Any]])?.first
            func value(_ key: String) -> Int? {
                ((balance?[key] as? [String: Any])?["monetary"] as? [String: Any])?["value"] as? Int
            }
            return (value("available_balance"), value("ledger_balance"))
        }
    }

    /// Advances `clock` from January to February's first two hours (past the period end and the
    /// draft hour); the customer's newest invoice, finalized.
    static func finalizedInvoice(_ stripe: Harness, clock: String, customer: String) async throws -> [String:
        Any]
    {
        await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance",
            "frozen_time=\(InvoiceTests.february + 7_200)")
        let invoices =
            (await stripe.send("GET", "/v1/invoices", "customer=\(customer)")["data"] as? [[String: Any]])
            ?? []
        return try #require(invoices.first)
    }

    @Test("Hypernian: 3,000 input tokens at 0.03 USD less a 10 USD grant leave 80.00 USD due")
    func hypernianInvoice() async throws {
        let account = await Hypernian()
        await account.grant(1_000, "&category=paid&name=Credit grant")
        #expect(await account.balance() == (1_000, 1_000))
        #expect(await account.tokens("hypernian_input_tokens", 3_000) == 200)
        let invoice = try await account.finalizedInvoice()
        #expect(invoice["status"] as? String == "open")
        let lines = InvoiceTests.lines(invoice)
        #expect(lines[account.input]?["amount"] as? Int == 9_000)
        #expect(CreditGrantTests.credits(lines[account.input]) == [1_000])
        #expect(lines[account.output]?["amount"] as? Int == 0)
        #expect(CreditGrantTests.credits(lines[account.output]) == [])
        #expect(invoice["subtotal"] as? Int == 9_000)
        #expect(invoice["total"] as? Int == 8_000)
        #expect(invoice["amount_due"] as? Int == 8_000)
        let totals = (invoice["total_pretax_credit_amounts"] as? [[String: Any]]) ?? []
        #expect(totals.compactMap { $0["amount"] as? Int } == [1_000])
        #expect(await account.balance() == (0, 0), "the grant is used up")
    }

    @Test("grants are taken by priority, expiry, category, effective date, creation")
    func grantOrder() async throws {
        let account = await Hypernian()
        let day = 86_400
        // Created in this order; each 10.00 USD. The documented order picks them as lettered.
        let e = await account.grant(1_000)  // priority 50, never expires, paid
        // Effective a day earlier than the others.
        let d = await account.grant(1_000, "&effective_at=\(InvoiceTests.newYear - day)")
        let c = await account.grant(1_000, "&category=promotional")
        let b = await account.grant(1_000, "&expires_at=\(InvoiceTests.march)")
        let a = await account.grant(1_000, "&priority=10")
        let f = await account.grant(1_000)  // created last
        // 400 input tokens: 12.00 USD; 240 output tokens: 12.00 USD; 24.00 USD in all.
        #expect(await account.tokens("hypernian_input_tokens", 400) == 200)
        #expect(await account.tokens("hypernian_output_tokens", 240) == 200)
        let invoice = try await account.finalizedInvoice()
        let lines = InvoiceTests.lines(invoice)
        // The input line (first on the invoice) takes a's 10.00 and 2.00 of b; the output line
        // the rest of b (8.00), then 4.00 of c. d, e and f are untouched.
        #expect(CreditGrantTests.credits(lines[account.input]) == [1_000, 200])
        #expect(CreditGrantTests.credits(lines[account.output]) == [800, 400])
        #expect(invoice["amount_due"] as? Int == 0)
        for (grant, left) in [(a, 0), (b, 0), (c, 600), (d, 1_000), (e, 1_000), (f, 1_000)] {
            let summary = await account.stripe.send(
                "GET", "/v1/billing/credit_balance_summary",
                "customer=\(account.customer)&filter[type]=credit_grant&filter[credit_grant]=\(grant)")
            let balance = (summary["balances"] as? [[String: Any]])?.first
            let available = (balance?["available_balance"] as? [String: Any])?["monetary"] as? [String: Any]
            #expect(available?["value"] as? Int == left, "grant \(grant)")
        }
    }

    @Test("a grant scoped to a price pays only that price's line, whatever its priority")
    func priceLevelApplicability() async throws {
        let account = await Hypernian()
        await account.grant(500)
        await account.stripe.send(
            "POST", "/v1/billing/credit_grants",
            "customer=\(account.customer)&amount[type]=monetary&amount[monetary][currency]=usd"
                + "&amount[monetary][value]=5000&applicability_config[scope][prices][0][id]=\(account.output)"
                + "&priority=0")
        #expect(await account.tokens("hypernian_input_tokens", 1_000) == 200)  // 30.00 USD
        #expect(await account.tokens("hypernian_output_tokens", 200) == 200)  // 10.00 USD
        let invoice = try await account.finalizedInvoice()
        let lines = InvoiceTests.lines(invoice)
        #expect(CreditGrantTests.credits(lines[account.input]) == [500])
        #expect(CreditGrantTests.credits(lines[account.output]) == [1_000])
        // 40.00 − 5.00 − 10.00
        #expect(invoice["amount_due"] as? Int == 2_500)
    }
}
