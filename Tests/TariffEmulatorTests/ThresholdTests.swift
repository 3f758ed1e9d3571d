import Foundation
import Testing

@testable import TariffEmulator

/// Pay as you go: `billing_thresholds[amount_gte]` on a subscription cuts an invoice as soon
/// as its metered amount reaches the threshold.
@Suite("Billing thresholds")
struct ThresholdTests {
    static let day = 86_400

    @Test("billing_thresholds is kept, shown and removed with billing_thresholds=")
    func parameter() async {
        let account = await InvoiceTests.Account()
        let path = "/v1/subscriptions/\(account.subscription)"
        let set = await account.stripe.send(
            "POST", path,
            "billing_thresholds[amount_gte]=5000&billing_thresholds[reset_billing_cycle_anchor]=true")
        let thresholds = set["billing_thresholds"] as? [String: Any]
        #expect(thresholds?["amount_gte"] as? Int == 5_000)
        #expect(thresholds?["reset_billing_cycle_anchor"] as? Bool == true)
        let bad = await account.stripe.send("POST", path, "billing_thresholds[amount_gte]=0")
        #expect(bad.error("param") == "billing_thresholds[amount_gte]")
        let removed = await account.stripe.send("POST", path, "billing_thresholds=")
        #expect(removed["billing_thresholds"] is NSNull)
    }

    @Test("reaching the threshold invoices the usage so far; the renewal bills only the usage after it")
    func thresholdInvoice() async throws {
        let account = await InvoiceTests.Account()
        await account.stripe.send(
            "POST", "/v1/subscriptions/\(account.subscription)", "billing_thresholds[amount_gte]=5000")
        let start = InvoiceTests.newYear
        #expect(await account.usage("fonts", 5, at: start + 2 * Self.day) == 200)  // 5 × 7.00 = 35.00
        #expect(await account.usage("fonts", 3, at: start + 5 * Self.day) == 200)  // 8 × 6.50 = 52.00
        #expect(await account.usage("fonts", 2, at: start + 20 * Self.day) == 200)
        #expect(await account.advance(to: InvoiceTests.february + 7_200) == 200)
        let invoices = (await account.stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]]) ?? []
        #expect(invoices.count == 2)
        let threshold = try #require(invoices.last)  // the older one
        #expect(threshold["billing_reason"] as? String == "subscription_threshold")
        #expect(threshold["created"] as? Int == start + 5 * Self.day + 1)
        let thresholdLines = InvoiceTests.lines(threshold)
        #expect(thresholdLines[account.fonts]?["quantity"] as? Int == 8)
        #expect(thresholdLines[account.fonts]?["amount"] as? Int == 5_200)
        #expect(thresholdLines[account.licensed] == nil)
        #expect(threshold["status"] as? String == "open")
        let renewal = try #require(invoices.first)
        #expect(renewal["billing_reason"] as? String == "subscription_cycle")
        let renewalLines = InvoiceTests.lines(renewal)
        // Only the 2 fonts after the threshold invoice, at the first tier again: 2 × 7.00.
        #expect(renewalLines[account.fonts]?["quantity"] as? Int == 2)
        #expect(renewalLines[account.fonts]?["amount"] as? Int == 1_400)
        #expect(
            InvoiceTests.period(renewalLines[account.fonts]) == [
                start + 5 * Self.day + 1, InvoiceTests.february,
            ])
        #expect(renewalLines[account.licensed]?["amount"] as? Int == 3_000)
    }

    @Test("below the threshold nothing is cut early")
    func belowThreshold() async {
        let account = await InvoiceTests.Account()
        await account.stripe.send(
            "POST", "/v1/subscriptions/\(account.subscription)", "billing_thresholds[amount_gte]=5000")
        #expect(await account.usage("fonts", 7, at: InvoiceTests.newYear + Self.day) == 200)  // 45.50
        #expect(await account.advance(to: InvoiceTests.february - 60) == 200)
        #expect(await account.stripe.send("GET", "/v1/invoices").ids.isEmpty)
    }

    @Test("with reset_billing_cycle_anchor the periods restart at the threshold")
    func resetAnchor() async throws {
        let account = await InvoiceTests.Account()
        await account.stripe.send(
            "POST", "/v1/subscriptions/\(account.subscription)",
            "billing_thresholds[amount_gte]=5000&billing_thresholds[reset_billing_cycle_anchor]=true")
        let crossing = InvoiceTests.newYear + 10 * Self.day
        #expect(await account.usage("minutes", 300, at: crossing - 1) == 200)  // 5 hours: 50.00
        #expect(await account.advance(to: crossing + 60) == 200)
        let invoice = try #require(
            (await account.stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        #expect(invoice["billing_reason"] as? String == "subscription_threshold")
        let lines = InvoiceTests.lines(invoice)
        #expect(lines[account.minutes]?["amount"] as? Int == 5_000)
        #expect(InvoiceTests.period(lines[account.licensed]) == [crossing, 1_770_768_000])  // 2026-02-11
        let item = TestClockTests.firstItem(
            await account.stripe.send("GET", "/v1/subscriptions/\(account.subscription)"))
        #expect(item["current_period_start"] as? Int == crossing)
    }
}
