import Foundation
import Testing

@testable import TariffEmulator

/// Invoices cut when a test clock passes a period end: licensed lines in advance, metered lines
/// in arrears priced with the pricing math, a draft hour, finalization, list and retrieve.
@Suite("Invoices from test clocks")
struct InvoiceTests {
    /// 2026-01-01T00:00:00Z and 2026-02-01T00:00:00Z.
    static let newYear = 1_767_225_600
    static let february = 1_769_904_000
    static let march = 1_772_323_200

    /// An account whose emulator clock is frozen at `february` (meter events are accepted up to
    /// 35 days back from the emulator's clock, not the test clock's), a customer on a test clock at `newYear`, and a subscription with three items:
    /// 3 × 10.00 USD licensed; fonts metered at Stripe's "Typographic" volume tiers; minutes
    /// metered at 10 USD per started hour (Stripe's car rental example).
    struct Account {
        let stripe: Harness
        let clock: String
        let customer: String
        let subscription: String
        let licensed: String
        let fonts: String
        let minutes: String

        init(recordingTo recorder: ExchangeRecorder? = nil) async {
            var configuration = StripeEmulator.Configuration(
                seed: 12,
                usage: EmulatorUsageSettings(clock: EmulatorClock(frozen: InvoiceTests.february))
            )
            configuration.recorder = recorder
            stripe = Harness(configuration)
            await stripe.product()
            let fontsMeter = await stripe.meter("fonts")
            let minutesMeter = await stripe.meter("minutes")
            licensed = await stripe.price(amount: 1_000)
            let monthlyMetered =
                "product=pro&currency=usd&recurring[interval]=month&recurring[usage_type]=metered"
            fonts =
                await stripe.send(
                    "POST", "/v1/prices",
                    "\(monthlyMetered)&recurring[meter]=\(fontsMeter)&billing_scheme=tiered&tiers_mode=volume"
                        + "&tiers[0][up_to]=5&tiers[0][unit_amount]=700&tiers[1][up_to]=10&tiers[1][unit_amount]=650"
                        + "&tiers[2][up_to]=inf&tiers[2][unit_amount]=600"
                ).string("id") ?? ""
            minutes =
                await stripe.send(
                    "POST", "/v1/prices",
                    "\(monthlyMetered)&recurring[meter]=\(minutesMeter)&unit_amount=1000"
                        + "&transform_quantity[divide_by]=60&transform_quantity[round]=up"
                ).string("id") ?? ""
            clock =
                await stripe.send(
                    "POST", "/v1/test_helpers/test_clocks", "frozen_time=\(InvoiceTests.newYear)"
                )
                .string("id") ?? ""
            customer =
                await stripe.send(
                    "POST", "/v1/customers", "name=Acme&email=billing@acme.test&test_clock=\(clock)"
                )
                .string("id") ?? ""
            subscription =
                await stripe.send(
                    "POST", "/v1/subscriptions",
                    "customer=\(customer)&items[0][price]=\(licensed)&items[0][quantity]=3"
                        + "&items[1][price]=\(fonts)&items[2][price]=\(minutes)"
                ).string("id") ?? ""
        }

        /// Sends one meter event of `value` timestamped `time`.
        func usage(_ eventName: String, _ value: Int, at time: Int) async -> Int {
            await stripe.send(
                "POST", "/v1/billing/meter_events",
                "event_name=\(eventName)&payload[stripe_customer_id]=\(customer)&payload[value]=\(value)"
                    + "&timestamp=\(time)"
            ).status
        }

        func advance(to time: Int) async -> Int {
            await stripe.send("POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(time)")
                .status
        }
    }

    /// The lines of an invoice answer, by price id.
    static func lines(_ invoice: [String: Any]) -> [String: [String: Any]] {
        let data = ((invoice["lines"] as? [String: Any])?["data"] as? [[String: Any]]) ?? []
        var byPrice: [String: [String: Any]] = [:]
        for line in data {
            let pricing = line["pricing"] as? [String: Any]
            if let price = (pricing?["price_details"] as? [String: Any])?["price"] as? String {
                byPrice[price] = line
            }
        }
        return byPrice
    }

    static func period(_ line: [String: Any]?) -> [Int] {
        let period = line?["period"] as? [String: Any]
        return [period?["start"] as? Int ?? -1, period?["end"] as? Int ?? -1]
    }

    @Test(
        "a renewal drafts one invoice: licensed lines for the next period, usage of the ended one priced by its tiers"
    )
    func renewalInvoice() async throws {
        let account = await Account()
        #expect(await account.usage("fonts", 4, at: Self.newYear + 86_400) == 200)
        #expect(await account.usage("fonts", 2, at: Self.newYear + 20 * 86_400) == 200)
        #expect(await account.usage("fonts", 100, at: Self.newYear - 3_600) == 200)  // before the period
        #expect(await account.usage("minutes", 150, at: Self.newYear + 2 * 86_400) == 200)
        #expect(await account.advance(to: Self.february + 60) == 200)

        let list = await account.stripe.send("GET", "/v1/invoices", "customer=\(account.customer)")
        #expect(list.ids.count == 1)
        let invoice = try #require((list["data"] as? [[String: Any]])?.first)
        #expect(invoice["status"] as? String == "draft")
        #expect(invoice["billing_reason"] as? String == "subscription_cycle")
        #expect(invoice["period_start"] as? Int == Self.newYear)
        #expect(invoice["period_end"] as? Int == Self.february)
        #expect(invoice["automatically_finalizes_at"] as? Int == Self.february + 3_600)
        #expect(invoice["test_clock"] as? String == account.clock)
        let lines = Self.lines(invoice)
        // 3 × 10.00 USD, billed in advance for February.
        #expect(lines[account.licensed]?["amount"] as? Int == 3_000)
        #expect(lines[account.licensed]?["quantity"] as? Int == 3)
        #expect(Self.period(lines[account.licensed]) == [Self.february, Self.march])
        // 6 fonts in January at the volume tiers: 39 USD (Stripe's table: 6 → 39 USD).
        #expect(lines[account.fonts]?["quantity"] as? Int == 6)
        #expect(lines[account.fonts]?["amount"] as? Int == 3_900)
        #expect(Self.period(lines[account.fonts]) == [Self.newYear, Self.february])
        // 150 minutes at 10 USD per started hour: 30 USD (Stripe's car rental example).
        #expect(lines[account.minutes]?["amount"] as? Int == 3_000)
        #expect(invoice["total"] as? Int == 9_900)
        #expect(invoice["amount_due"] as? Int == 9_900)
    }

    @Test("usage of the ended period that arrives during the draft hour is billed at finalization")
    func finalizationRecomputesUsage() async throws {
        let account = await Account()
        #expect(await account.usage("fonts", 6, at: Self.newYear + 86_400) == 200)
        #expect(await account.advance(to: Self.february + 60) == 200)
        #expect(await account.usage("fonts", 14, at: Self.february - 60) == 200)
        #expect(await account.advance(to: Self.february + 7_200) == 200)
        let invoices = await account.stripe.send(
            "GET", "/v1/invoices", "subscription=\(account.subscription)")
        let invoice = try #require((invoices["data"] as? [[String: Any]])?.first)
        #expect(invoice["status"] as? String == "open")
        #expect((invoice["number"] as? String)?.hasSuffix("-0001") == true)
        #expect(
            (invoice["status_transitions"] as? [String: Any])?["finalized_at"] as? Int == Self.february
                + 3_600)
        // 20 fonts: 120 USD (Stripe's table: 20 → 120 USD), plus 30 USD licensed, no minutes.
        #expect(Self.lines(invoice)[account.fonts]?["amount"] as? Int == 12_000)
        #expect(invoice["total"] as? Int == 15_000)
        #expect(invoice["automatically_finalizes_at"] is NSNull)
    }

    @Test("list filters, retrieve, lines, and the next renewal")
    func listAndRetrieve() async throws {
        let account = await Account()
        #expect(await account.advance(to: Self.march + 7_200) == 200)
        let all = await account.stripe.send("GET", "/v1/invoices", "customer=\(account.customer)")
        #expect(all.ids.count == 2, "one invoice per renewal, newest first")
        let newest = try #require((all["data"] as? [[String: Any]])?.first)
        #expect(newest["period_start"] as? Int == Self.february)
        #expect(
            (newest["number"] as? String)?.hasSuffix("-0002") == true, "numbered per customer, in sequence")
        #expect(await account.stripe.send("GET", "/v1/invoices", "status=open").ids.count == 2)
        #expect(await account.stripe.send("GET", "/v1/invoices", "status=draft").ids.isEmpty)
        #expect(await account.stripe.send("GET", "/v1/invoices", "customer=cus_other").ids.isEmpty)
        #expect(await account.stripe.send("GET", "/v1/invoices", "limit=1").ids == [all.ids[0]])
        let id = all.ids[1]
        let retrieved = await account.stripe.send("GET", "/v1/invoices/\(id)")
        #expect(retrieved.string("id") == id)
        #expect(retrieved.string("object") == "invoice")
        let lines = await account.stripe.send("GET", "/v1/invoices/\(id)/lines", "limit=2")
        #expect(lines.ids.count == 2)
        #expect(lines["has_more"] as? Bool == true)
        #expect(await account.stripe.send("GET", "/v1/invoices/in_nope").status == 404)
        #expect(await account.stripe.send("GET", "/v1/invoices", "status=late").status == 400)
    }

    @Test("an invoice with nothing due is paid when it finalizes")
    func zeroInvoiceIsPaid() async throws {
        let stripe = Harness(.init(seed: 3))
        await stripe.product()
        let meter = await stripe.meter("calls")
        let price =
            await stripe.send(
                "POST", "/v1/prices",
                "product=pro&currency=usd&recurring[interval]=month&recurring[usage_type]=metered"
                    + "&recurring[meter]=\(meter)&unit_amount=5"
            ).string("id") ?? ""
        let clock =
            await stripe.send("POST", "/v1/test_helpers/test_clocks", "frozen_time=\(Self.newYear)").string(
                "id")
            ?? ""
        let customer =
            await stripe.send("POST", "/v1/customers", "test_clock=\(clock)").string("id") ?? ""
        await stripe.send("POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(price)")
        await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(Self.february + 3_600)")
        let invoice = try #require(
            (await stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        #expect(invoice["status"] as? String == "paid")
        #expect(invoice["amount_paid"] as? Int == 0)
        #expect(invoice["total"] as? Int == 0)
    }

    @Test("a subscription cancelling at the period end gets a last invoice of its usage only")
    func cancellationBillsUsageOnly() async throws {
        let account = await Account()
        #expect(await account.usage("fonts", 5, at: Self.newYear + 86_400) == 200)
        await account.stripe.send(
            "POST", "/v1/subscriptions/\(account.subscription)", "cancel_at_period_end=true")
        #expect(await account.advance(to: Self.february + 7_200) == 200)
        let invoice = try #require(
            (await account.stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        let lines = Self.lines(invoice)
        #expect(lines[account.licensed] == nil, "a cancelled subscription owes no next period")
        #expect(lines[account.fonts]?["amount"] as? Int == 3_500)  // Stripe's table: 5 → 35 USD
        #expect(invoice["total"] as? Int == 3_500)
    }

    @Test("licensed lines bill the price of a schedule's next phase")
    func phaseChangeBillsTheNewPrice() async throws {
        let stripe = Harness()
        let (clock, subscription, old) = await TestClockTests.clockedSubscription(stripe)
        let new = await stripe.price(amount: 1_500)
        let id =
            await stripe.send("POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
            .string("id") ?? ""
        await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)",
            "end_behavior=release&phases[0][start_date]=\(Self.newYear)&phases[0][end_date]=\(Self.february)"
                + "&phases[0][items][0][price]=\(old)&phases[0][items][0][quantity]=3"
                + "&phases[1][items][0][price]=\(new)&phases[1][items][0][quantity]=3"
                + "&phases[1][duration][interval]=month")
        await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(Self.february + 60)")
        let invoice = try #require(
            (await stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        let lines = Self.lines(invoice)
        #expect(lines[old] == nil)
        #expect(lines[new]?["amount"] as? Int == 4_500)
        #expect(Self.period(lines[new]) == [Self.february, Self.march])
    }
}

/// `POST /v1/invoices/create_preview` for a subscription.
@Suite("Invoice previews")
struct InvoicePreviewTests {
    @Test("a preview prices the usage of the period so far and the next licensed period, and stores nothing")
    func previewOfTheNextRenewal() async throws {
        let account = await InvoiceTests.Account()
        #expect(await account.usage("fonts", 20, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.advance(to: InvoiceTests.newYear + 10 * 86_400) == 200)
        // After the clock's "now": not part of the preview.
        #expect(await account.usage("fonts", 5, at: InvoiceTests.newYear + 11 * 86_400) == 200)
        let preview = await account.stripe.send(
            "POST", "/v1/invoices/create_preview", "subscription=\(account.subscription)")
        #expect(preview.status == 200)
        #expect(preview.string("status") == "draft")
        #expect(preview.string("id")?.hasPrefix("upcoming_in_") == true)
        let lines = InvoiceTests.lines(preview.json)
        // 20 fonts so far at the volume tiers: 120 USD (Stripe's table); 3 × 10.00 for February.
        #expect(lines[account.fonts]?["amount"] as? Int == 12_000)
        #expect(InvoiceTests.period(lines[account.fonts]) == [InvoiceTests.newYear, InvoiceTests.february])
        #expect(lines[account.licensed]?["amount"] as? Int == 3_000)
        #expect(InvoiceTests.period(lines[account.licensed]) == [InvoiceTests.february, InvoiceTests.march])
        #expect(preview["total"] as? Int == 15_000)
        #expect(await account.stripe.send("GET", "/v1/invoices").ids.isEmpty)
        let missing = await account.stripe.send("POST", "/v1/invoices/create_preview", "")
        #expect(missing.error("param") == "subscription")
    }
}
