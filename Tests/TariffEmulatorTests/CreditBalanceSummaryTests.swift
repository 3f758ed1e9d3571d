import Foundation
import Testing

@testable import TariffEmulator

/// `GET /v1/billing/credit_balance_summary`: Stripe's required filter, balances per currency at
/// the customer's test clock time, pending grants on the ledger only, voided and expired grants
/// out, applied credits taken off.
@Suite("Billing credit balance summaries")
struct CreditBalanceSummaryTests {
    static let metered = "filter[type]=applicability_scope&filter[applicability_scope][price_type]=metered"

    /// The (available, ledger) values per currency of a summary answer.
    static func balances(_ answer: Answer) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for balance in (answer["balances"] as? [[String: Any]]) ?? [] {
            func monetary(_ key: String) -> [String: Any]? {
                (balance[key] as? [String: Any])?["monetary"] as? [String: Any]
            }
            guard let currency = monetary("available_balance")?["currency"] as? String else { continue }
            result[currency] = [
                monetary("available_balance")?["value"] as? Int ?? -1,
                monetary("ledger_balance")?["value"] as? Int ?? -1,
            ]
        }
        return result
    }

    @Test(
        arguments: [
            ("", "parameter_missing", "filter"),
            ("&filter[type]=everything", "parameter_invalid_string", "filter[type]"),
            ("&filter[type]=applicability_scope", "parameter_missing", "filter[applicability_scope]"),
            ("&filter[type]=credit_grant", "parameter_missing", "filter[credit_grant]"),
            (
                "&filter[type]=credit_grant&filter[credit_grant]=credgr_nope", "resource_missing",
                "filter[credit_grant]"
            ),
        ] as [(String, String, String)])
    func filterIsRequired(query: String, code: String, param: String) async {
        let account = await InvoiceTests.Account()
        let answer = await account.stripe.send(
            "GET", "/v1/billing/credit_balance_summary", "customer=\(account.customer)\(query)")
        #expect(answer.status == 400)
        #expect(answer.error("code") == code)
        #expect(answer.error("param") == param)
    }

    @Test("balances per currency: pending on the ledger only, voided and expired out, applied credits off")
    func balancesPerCurrency() async throws {
        let account = await InvoiceTests.Account()
        let stripe = account.stripe
        let day = 86_400
        await stripe.send(
            "POST", "/v1/billing/credit_grants", CreditGrantTests.grant(account.customer, 5_000))
        // Pending until the 10th of January (the customer's clock is at New Year).
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            CreditGrantTests.grant(account.customer, 300, "&effective_at=\(InvoiceTests.newYear + 9 * day)"))
        let voided =
            await stripe.send(
                "POST", "/v1/billing/credit_grants", CreditGrantTests.grant(account.customer, 700)
            )
            .string("id") ?? ""
        await stripe.send("POST", "/v1/billing/credit_grants/\(voided)/void")
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            CreditGrantTests.grant(account.customer, 900, "&expires_at=\(InvoiceTests.newYear + day)"))
        await stripe.send(
            "POST", "/v1/billing/credit_grants",
            CreditGrantTests.grant(account.customer, 200).replacingOccurrences(of: "=usd", with: "=eur"))
        let path = "/v1/billing/credit_balance_summary"
        let now = await stripe.send("GET", path, "customer=\(account.customer)&\(Self.metered)")
        #expect(now.status == 200)
        #expect(now.string("object") == "billing.credit_balance_summary")
        #expect(now.string("customer") == account.customer)
        #expect(Self.balances(now) == ["eur": [200, 200], "usd": [5_900, 6_200]])

        // Two days on: the 900 expired; the 300 is still pending.
        #expect(await account.advance(to: InvoiceTests.newYear + 2 * day) == 200)
        let later = await stripe.send("GET", path, "customer=\(account.customer)&\(Self.metered)")
        #expect(Self.balances(later)["usd"] == [5_000, 5_300])

        // Scoped to the licensed price, no grant may pay it: the metered scope covers every grant.
        let fonts = await stripe.send(
            "GET", path,
            "customer=\(account.customer)&filter[type]=applicability_scope"
                + "&filter[applicability_scope][prices][0][id]=\(account.fonts)")
        #expect(Self.balances(fonts)["usd"] == [5_000, 5_300])

        // February's invoice: 6 fonts (39.00) paid from the 50.00 grant, which ties on priority
        // and expiry and became effective first; 11.00 left of it, plus the 3.00 now effective.
        #expect(await account.usage("fonts", 6, at: InvoiceTests.newYear + 3 * day) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 7_200) == 200)
        let after = await stripe.send("GET", path, "customer=\(account.customer)&\(Self.metered)")
        #expect(Self.balances(after)["usd"] == [1_400, 1_400])
    }
}
