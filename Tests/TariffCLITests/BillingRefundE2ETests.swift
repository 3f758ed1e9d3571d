import Foundation
import TariffStripe
import Testing

/// A refunded purchase, end to end against `tariff emulator` over loopback: the credit pack is
/// bought and credited, a credit note takes it back, `billing plan` shows the void of its grant
/// (and `--fail-on void` gates it), `billing apply` voids it, and the next plan is empty
/// (issue 12).
@Suite("tariff billing: refunded purchases lose their credit", .serialized)
struct BillingRefundE2ETests {
    struct Grant: StripeIdentifiable {
        var id: String
        var metadata: [String: String]
        var voided_at: Int?
    }
    struct Line: StripeIdentifiable {
        var id: String
        var amount: Int
        var quantity: Int?
    }
    struct Invoice: StripeIdentifiable {
        var id: String
        var lines: StripeList<Line>
    }

    @Test func aCreditNoteOnThePackVoidsItsGrantOnce() async throws {
        try await ApplyEmulatorProcess.with(["--fault", "drop-every=5"]) { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(BillingE2ETests.config(payg: nil))
            let (customer, _) = try await BillingE2ETests.prepaidCustomer(emulator, path: path)
            let first = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
            let given = try await BillingE2ETests.credits(emulator, customer: customer)
            let grant = try #require(given.grants.first)
            #expect(given.grants.count == 1 && given.balance.count == 1)
            let packLine = try #require(grant.metadata["tariff_invoice_line"])

            // The pack is refunded to the customer balance with a credit note on its line.
            var paid = StripeForm()
            paid.append("customer", .string(customer))
            paid.append("status", .string("paid"))
            let invoice = try #require(
                try await client.listAll("/v1/invoices", query: paid, as: Invoice.self).first)
            let line = try #require(invoice.lines.data.first { $0.id == packLine })
            let _: StripeObjectReference = try await client.post(
                "/v1/credit_notes",
                form: StripeForm([
                    StripeFormField("invoice", .string(invoice.id)),
                    StripeFormField(
                        "lines",
                        .indexed([
                            .object([
                                StripeFormField("type", .string("invoice_line_item")),
                                StripeFormField("invoice_line_item", .string(line.id)),
                                StripeFormField("quantity", .integer(line.quantity ?? 0)),
                            ])
                        ])),
                    StripeFormField("credit_amount", .integer(line.amount)),
                ]))

            let plan = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
            #expect(plan.stdout.contains("0 credits to give, 1 to void."))
            #expect(plan.stdout.contains("- \(grant.id) (\(packLine), \(invoice.id), \(customer))"))
            #expect(plan.stdout.contains("forfeits 30000 usd"))
            #expect(
                plan.stdout.contains("products.pack.prices.pack  at ")
                    && plan.stdout.contains("tariff.yaml:23:17"))
            let json = try await emulator.tariff(["billing", "plan", "--format", "json", path])
            #expect(json.stdout.contains("\"reason\" : \"credit_note\"") && json.stdout.contains(grant.id))
            let gated = try await emulator.tariff(["billing", "plan", "--fail-on", "remove,void", path])
            #expect(gated.status == 3, "\(gated.stdout)\(gated.stderr)")
            let notGated = try await emulator.tariff(["billing", "plan", "--fail-on", "credit", path])
            #expect(notGated.status == 0, "\(notGated.stdout)\(notGated.stderr)")

            let refused = try await emulator.tariff([
                "billing", "apply", "--auto-approve", "--fail-on", "void", path,
            ])
            #expect(refused.status == 3, "\(refused.stdout)\(refused.stderr)")
            #expect(refused.stderr.contains("--fail-on refuses (void); nothing was applied"))
            let untouched: Grant = try await client.get("/v1/billing/credit_grants/\(grant.id)")
            #expect(untouched.voided_at == nil)

            let apply = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
            #expect(apply.stdout.contains("Applied: 1 of 1 changes written."))
            let voided: Grant = try await client.get("/v1/billing/credit_grants/\(grant.id)")
            #expect(voided.voided_at != nil)
            let after = try await BillingE2ETests.credits(emulator, customer: customer)
            #expect(after.grants.count == 1 && after.balance.count == 1, "no credit given again")
            let again = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        }
    }

    struct CreditAmount: Decodable, Sendable { var amount: Int }
    struct MeterEvent: Decodable, Sendable { var identifier: String }
    struct FinalInvoice: StripeIdentifiable {
        var id: String
        var total_pretax_credit_amounts: [CreditAmount]
        var lines: StripeList<Line>
    }

    /// A pack bought on a test clock that started 40 days ago (so the second period holds
    /// now, when meter events are accepted): credited, partly spent on metered usage at the
    /// next renewal, then refunded. The void forfeits exactly what the grant has left.
    @Test func aPartlyUsedGrantIsVoidedAndForfeitsWhatIsLeft() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(BillingE2ETests.config(payg: nil))
            #expect(try await emulator.tariff(["apply", "--auto-approve", path]).status == 0)
            let prices = try await client.listAllPrices()
            let price = { (key: String) in try #require(prices.first { $0.metadata["tariff_key"] == key }).id
            }
            let now = Int(Date().timeIntervalSince1970)
            let clock: BillingE2ETests.Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(now - 40 * 86_400))]))
            let customer: StripeCustomer = try await client.post(
                "/v1/customers",
                form: StripeForm([
                    StripeFormField("name", .string("Refunded Co")),
                    StripeFormField("test_clock", .string(clock.id)),
                ]))
            let _: StripeObjectReference = try await client.post(
                "/v1/customers/\(customer.id)/balance_transactions",
                form: StripeForm([
                    StripeFormField("amount", .integer(-100_000)),
                    StripeFormField("currency", .string("usd")),
                ]))
            let subscription = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: customer.id,
                    items: [
                        SubscriptionItemParams(price: try price("pack.pack"), quantity: 1),
                        SubscriptionItemParams(price: try price("api.calls")),
                    ]))
            let firstEnd = try #require(subscription.items.data.compactMap(\.currentPeriodEnd).max())
            #expect(firstEnd < now && now < firstEnd + 28 * 86_400, "now falls in the second period")
            let advance = { (time: Int) in
                let _: BillingE2ETests.Clock = try await client.post(
                    "/v1/test_helpers/test_clocks/\(clock.id)/advance",
                    form: StripeForm([StripeFormField("frozen_time", .integer(time))]))
            }
            try await advance(firstEnd + 7_200)
            let first = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
            let grant = try #require(
                try await BillingE2ETests.credits(emulator, customer: customer.id).grants.first)
            #expect(grant.amount.monetary.value == 15_000)

            for _ in 0..<7 {
                let _: MeterEvent = try await client.post(
                    "/v1/billing/meter_events",
                    form: StripeForm([
                        StripeFormField("event_name", .string("calls")),
                        StripeFormField(
                            "payload",
                            .object([
                                StripeFormField("stripe_customer_id", .string(customer.id)),
                                StripeFormField("value", .string("1")),
                            ])),
                        StripeFormField("timestamp", .integer(now - 60)),
                    ]))
            }
            let secondEnd = try #require(
                try await client.get("/v1/subscriptions/\(subscription.id)", as: StripeSubscription.self)
                    .items.data
                    .compactMap(\.currentPeriodEnd).max())
            try await advance(secondEnd + 7_200)
            var byCustomer = StripeForm()
            byCustomer.append("customer", .string(customer.id))
            let invoices = try await client.listAll("/v1/invoices", query: byCustomer, as: FinalInvoice.self)
            let used = invoices.flatMap(\.total_pretax_credit_amounts).reduce(0) { $0 + $1.amount }
            #expect(used > 0 && used < 15_000, "the grant paid part of the metered line: \(used)")
            // The second renewal bought another pack: credit it too, so that the plan below
            // holds only the void.
            #expect(try await emulator.tariff(["billing", "apply", "--auto-approve", path]).status == 0)

            let firstInvoice = try #require(invoices.last)
            let packLine = try #require(
                firstInvoice.lines.data.first { $0.id == grant.metadata["tariff_invoice_line"] })
            let _: StripeObjectReference = try await client.post(
                "/v1/credit_notes",
                form: StripeForm([
                    StripeFormField("invoice", .string(firstInvoice.id)),
                    StripeFormField(
                        "lines",
                        .indexed([
                            .object([
                                StripeFormField("type", .string("invoice_line_item")),
                                StripeFormField("invoice_line_item", .string(packLine.id)),
                                StripeFormField("amount", .integer(packLine.amount)),
                            ])
                        ])),
                    StripeFormField("out_of_band_amount", .integer(packLine.amount)),
                ]))
            let plan = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
            #expect(plan.stdout.contains("0 credits to give, 1 to void."))
            #expect(
                plan.stdout.contains("- \(grant.id) ")
                    && plan.stdout.contains("forfeits \(15_000 - used) usd"))
            #expect(try await emulator.tariff(["billing", "apply", "--auto-approve", path]).status == 0)
            let again = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        }
    }

    @Test func anUnknownFailOnKindIsAUsageError() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let path = try emulator.writeConfig(BillingE2ETests.config(payg: nil))
            let result = try await emulator.tariff(["billing", "plan", "--fail-on", "archive", path])
            #expect(result.status != 0 && result.status != 3)
            #expect(result.stderr.contains("unknown action kind 'archive'"))
            #expect(result.stderr.contains("set, change, remove, credit, void"))
        }
    }
}
