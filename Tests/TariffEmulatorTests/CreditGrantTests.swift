import Foundation
import Testing

@testable import TariffEmulator

/// Billing credit grants: Stripe's create rules, and credits paying eligible metered lines
/// when an invoice finalizes (by priority, then expiry), recorded as balance transactions.
@Suite("Billing credit grants")
struct CreditGrantTests {
    /// A grant form for `customer`: `amount` cents of usd credit on every metered price.
    static func grant(_ customer: String, _ amount: Int, _ extra: String = "") -> String {
        "customer=\(customer)&amount[type]=monetary&amount[monetary][currency]=usd"
            + "&amount[monetary][value]=\(amount)&applicability_config[scope][price_type]=metered\(extra)"
    }

    @Test(
        arguments: [
            (
                "amount[type]=monetary&amount[monetary][currency]=usd&applicability_config[scope][price_type]=metered",
                "parameter_missing", "amount[monetary][value]"
            ),
            (
                "amount[type]=points&amount[monetary][currency]=usd&amount[monetary][value]=5"
                    + "&applicability_config[scope][price_type]=metered", "parameter_invalid_string",
                "amount[type]"
            ),
            (
                "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=0"
                    + "&applicability_config[scope][price_type]=metered", "parameter_invalid_integer",
                "amount[monetary][value]"
            ),
            (
                "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=5",
                "parameter_missing", "applicability_config"
            ),
            (
                "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=5"
                    + "&applicability_config[scope][price_type]=metered&applicability_config[scope][prices][0][id]=x",
                "parameters_exclusive", "applicability_config[scope][prices]"
            ),
            (
                "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=5"
                    + "&applicability_config[scope][price_type]=metered&priority=101",
                "parameter_invalid_integer",
                "priority"
            ),
        ] as [(String, String, String)])
    func createRules(form: String, code: String, param: String) async {
        let account = await InvoiceTests.Account()
        let answer = await account.stripe.send(
            "POST", "/v1/billing/credit_grants", "customer=\(account.customer)&\(form)")
        #expect(answer.status == 400)
        #expect(answer.error("code") == code)
        #expect(answer.error("param") == param)
    }

    @Test("a grant may name only metered prices, of this account")
    func scopedPricesMustBeMetered() async {
        let account = await InvoiceTests.Account()
        let base =
            "customer=\(account.customer)&amount[type]=monetary&amount[monetary][currency]=usd"
            + "&amount[monetary][value]=5"
        let licensed = await account.stripe.send(
            "POST", "/v1/billing/credit_grants",
            "\(base)&applicability_config[scope][prices][0][id]=\(account.licensed)")
        #expect(licensed.status == 400)
        #expect(licensed.error("param") == "applicability_config[scope][prices][0][id]")
        let missing = await account.stripe.send(
            "POST", "/v1/billing/credit_grants",
            "\(base)&applicability_config[scope][prices][0][id]=price_nope")
        #expect(missing.status == 400)
        #expect(missing.error("code") == "resource_missing")
        let scoped = await account.stripe.send(
            "POST", "/v1/billing/credit_grants",
            "\(base)&applicability_config[scope][prices][0][id]=\(account.fonts)")
        #expect(scoped.status == 200)
        #expect(scoped.string("object") == "billing.credit_grant")
        #expect(scoped["priority"] as? Int == 50)
        #expect(scoped.string("category") == "paid")
        #expect(scoped["effective_at"] as? Int == InvoiceTests.newYear, "the customer's test clock time")
        #expect(scoped.string("test_clock") == account.clock)
    }

    @Test("credits pay metered lines at finalization, by priority: pretax_credit_amounts and the ledger")
    func creditsPayMeteredLines() async throws {
        let account = await InvoiceTests.Account()
        let stripe = account.stripe
        let general =
            await stripe.send("POST", "/v1/billing/credit_grants", Self.grant(account.customer, 5_000))
            .string("id") ?? ""
        let fontsOnly =
            await stripe.send(
                "POST", "/v1/billing/credit_grants",
                "customer=\(account.customer)&amount[type]=monetary&amount[monetary][currency]=usd"
                    + "&amount[monetary][value]=1000&applicability_config[scope][prices][0][id]=\(account.fonts)"
                    + "&priority=10"
            ).string("id") ?? ""
        #expect(await account.usage("fonts", 6, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.usage("minutes", 150, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 60) == 200)
        let draft = try #require(
            (await stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        #expect(
            (draft["total_pretax_credit_amounts"] as? [Any])?.isEmpty == true, "credits wait for finalization"
        )
        #expect(draft["total"] as? Int == 9_900)

        #expect(await account.advance(to: InvoiceTests.february + 7_200) == 200)
        let invoice = try #require(
            (await stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        let lines = InvoiceTests.lines(invoice)
        // Fonts 39.00: 10.00 from the priority-10 grant, then 29.00 from the general one; minutes
        // 30.00: the general grant's last 21.00; the licensed line is not eligible.
        #expect(Self.credits(lines[account.fonts]) == [1_000, 2_900])
        #expect(Self.credits(lines[account.minutes]) == [2_100])
        #expect(Self.credits(lines[account.licensed]) == [])
        #expect(lines[account.fonts]?["amount"] as? Int == 3_900, "a line's amount is before credits")
        #expect(invoice["subtotal"] as? Int == 9_900)
        #expect(invoice["total"] as? Int == 3_900)
        #expect(invoice["amount_due"] as? Int == 3_900)
        #expect((invoice["total_pretax_credit_amounts"] as? [Any])?.count == 3)

        let ledger = await stripe.send(
            "GET", "/v1/billing/credit_balance_transactions", "customer=\(account.customer)&limit=100")
        let entries = (ledger["data"] as? [[String: Any]]) ?? []
        #expect(entries.filter { $0["type"] as? String == "credit" }.count == 2)
        let debits = entries.filter { $0["type"] as? String == "debit" }
        #expect(debits.count == 3)
        let applied = debits.compactMap {
            ($0["debit"] as? [String: Any])?["credits_applied"] as? [String: Any]
        }
        #expect(Set(applied.compactMap { $0["invoice"] as? String }) == [invoice["id"] as? String ?? ""])
        let fromGeneral = await stripe.send(
            "GET", "/v1/billing/credit_balance_transactions",
            "customer=\(account.customer)&credit_grant=\(general)")
        #expect(fromGeneral.ids.count == 3, "granted, then applied to fonts and to minutes")
        #expect(fontsOnly.hasPrefix("credgr_"))
    }

    @Test("voided, expired, not yet effective and other-currency grants pay nothing")
    func ineligibleGrants() async throws {
        let account = await InvoiceTests.Account()
        let stripe = account.stripe
        let voided =
            await stripe.send("POST", "/v1/billing/credit_grants", Self.grant(account.customer, 100))
            .string("id") ?? ""
        #expect(
            await stripe.send("POST", "/v1/billing/credit_grants/\(voided)/void").status == 200)
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            Self.grant(account.customer, 100, "&expires_at=\(InvoiceTests.february)"))
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            Self.grant(account.customer, 100, "&effective_at=\(InvoiceTests.february + 7_200)"))
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            Self.grant(account.customer, 100).replacingOccurrences(of: "currency]=usd", with: "currency]=eur")
        )
        #expect(await account.usage("fonts", 1, at: InvoiceTests.newYear + 86_400) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 3_600) == 200)
        let invoice = try #require(
            (await stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        #expect(invoice["status"] as? String == "open")
        #expect((invoice["total_pretax_credit_amounts"] as? [Any])?.isEmpty == true)
        #expect(invoice["total"] as? Int == 3_700)  // 30.00 licensed + 1 font at 7.00
        let retrieved = await stripe.send("GET", "/v1/billing/credit_grants/\(voided)")
        #expect(retrieved["voided_at"] as? Int == InvoiceTests.newYear)
        #expect(await stripe.send("POST", "/v1/billing/credit_grants/\(voided)/void").status == 400)
        #expect(
            await stripe.send("GET", "/v1/billing/credit_grants", "customer=\(account.customer)").ids.count
                == 4)
    }

    /// The amounts of a line's `pretax_credit_amounts`, in order.
    static func credits(_ line: [String: Any]?) -> [Int] {
        ((line?["pretax_credit_amounts"] as? [[String: Any]]) ?? []).compactMap { $0["amount"] as? Int }
    }
}
