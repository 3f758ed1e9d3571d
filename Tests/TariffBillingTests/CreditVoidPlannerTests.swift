import Foundation
import TariffBilling
import TariffConfig
import Testing

/// Reversed purchases: credit notes and voided invoices turn into voids of the live grants Tariff
/// gave, and into no new credit; the plan shows the voids in every format, pure.
@Suite struct CreditVoidPlannerTests {
    /// Two packs (30000 usd of credit, line amount 30000) on `in_<n>`/`il_<n>` for `cus_<n>`.
    static func pack(_ n: Int, status: String = "paid") -> PaidInvoiceLine {
        PaidInvoiceLine(
            invoice: "in_\(n)", line: "il_\(n)", customer: "cus_\(n)", priceKey: "pack.pack", currency: "usd",
            quantity: 2, paidAt: 1_000, amount: 30_000, invoiceStatus: status)
    }

    static func grant(_ n: Int, remaining: Int? = nil, voidedAt: Int? = nil, expiresAt: Int? = nil)
        -> GivenGrant
    {
        GivenGrant(
            id: "credgr_\(n)", customer: "cus_\(n)", invoiceLine: "il_\(n)", currency: "usd",
            voidedAt: voidedAt,
            expiresAt: expiresAt, remaining: remaining)
    }

    static func note(_ id: String, line n: Int, _ amount: Int, status: String = "issued") -> CreditNoteLine {
        CreditNoteLine(creditNote: id, status: status, invoiceLine: "il_\(n)", amount: amount)
    }

    @Test func fullCreditNotesAndVoidedInvoicesReverseAPurchasePartOnesDoNot() {
        let lines = (1...5).map { Self.pack($0) } + [Self.pack(6, status: "void")]
        let standings = CreditVoidPlanner.standings(
            lines: lines,
            creditNotes: [
                Self.note("cn_a", line: 1, 30_000),
                Self.note("cn_b", line: 2, 10_000), Self.note("cn_c", line: 2, 20_000),
                Self.note("cn_d", line: 3, 10_000),
                Self.note("cn_e", line: 4, 30_000, status: "void"),
            ])
        #expect(standings["il_1"] == .reversed(.creditNote, creditNotes: ["cn_a"]))
        #expect(standings["il_2"] == .reversed(.creditNote, creditNotes: ["cn_b", "cn_c"]))
        #expect(standings["il_3"] == .partlyCredited(10_000))
        #expect(standings["il_4"] == nil, "a void credit note reverses nothing")
        #expect(standings["il_5"] == nil)
        #expect(standings["il_6"] == .reversed(.invoiceVoid, creditNotes: []))
    }

    @Test func liveGrantsOfReversedPurchasesAreVoidedEvenPartlyUsedButNotUsedUpOnes() throws {
        let config = try BillingPlannerTests.config()
        let lines = (1...6).map { Self.pack($0) } + [Self.pack(7, status: "void")]
        let standings = CreditVoidPlanner.standings(
            lines: lines, creditNotes: (1...5).map { Self.note("cn_\($0)", line: $0, 30_000) })
        let grants = [
            Self.grant(1, remaining: 30_000),
            Self.grant(2, remaining: 12_345),  // partly used: voided, the rest forfeited
            Self.grant(3, remaining: 0),  // used up: nothing left to void
            Self.grant(4, remaining: 30_000, voidedAt: 1_500),  // voided already
            Self.grant(5, remaining: 30_000, expiresAt: 2_000),  // expired at now
            Self.grant(6, remaining: 30_000),  // purchase stands
            Self.grant(7),  // voided invoice, balance not read
        ]
        let (voids, problems) = CreditVoidPlanner.plan(
            products: config.products, lines: lines, standings: standings, grants: grants, now: 2_000)
        #expect(problems.isEmpty)
        #expect(voids.map(\.grant) == ["credgr_1", "credgr_2", "credgr_7"])
        #expect(voids.map(\.remaining) == [30_000, 12_345, nil])
        #expect(voids[0].reason == .creditNote && voids[0].creditNotes == ["cn_1"])
        #expect(voids[2].reason == .invoiceVoid)
        #expect(
            voids[0].address == "products.pack.prices.pack" && voids[0].location.hasPrefix("billing.yaml:"))
        #expect(voids[0].idempotencyKey == "tariff-void-credgr_1")
    }

    @Test func theGrantOfAPartlyCreditedPurchaseIsKeptAndReported() throws {
        let config = try BillingPlannerTests.config()
        let lines = [Self.pack(1)]
        let standings = CreditVoidPlanner.standings(
            lines: lines, creditNotes: [Self.note("cn_1", line: 1, 15_000)])
        let (voids, problems) = CreditVoidPlanner.plan(
            products: config.products, lines: lines, standings: standings, grants: [Self.grant(1)], now: 2_000
        )
        #expect(voids.isEmpty)
        #expect(problems.count == 1 && problems[0].message.hasPrefix("not voiding credgr_1"))
        #expect(problems[0].message.contains("15000 of the 30000 usd of il_1"))
        #expect(problems[0].location.hasPrefix("billing.yaml:"))
    }

    @Test func aReversedPurchaseEarnsNoCreditAndAPartlyCreditedOneIsAProblem() throws {
        let config = try BillingPlannerTests.config()
        let lines = [Self.pack(1), Self.pack(2), Self.pack(3), Self.pack(4, status: "void")]
        let standings = CreditVoidPlanner.standings(
            lines: lines,
            creditNotes: [Self.note("cn_1", line: 1, 30_000), Self.note("cn_2", line: 2, 5_000)])
        let (credits, problems) = CreditPlanner.plan(
            products: config.products, lines: lines, credited: [], priceIDs: ["api.calls": "price_calls"],
            now: 2_000, standings: standings)
        #expect(credits.map(\.invoiceLine) == ["il_3"])
        #expect(problems.count == 1 && problems[0].message.contains("il_2"))
        #expect(problems[0].message.contains("5000 of its 30000"))
    }

    @Test func everyFormatShowsTheVoidAndTheJSONRoundTrips() throws {
        let void = CreditVoid(
            address: "products.pack.prices.pack", location: "billing.yaml:28:17", invoice: "in_1",
            invoiceLine: "il_1", customer: "cus_1", grant: "credgr_1", reason: .creditNote,
            creditNotes: ["cn_1"],
            remaining: 12_345, currency: "usd")
        let plan = BillingPlan(voids: [void])
        #expect(plan.hasChanges && plan.changeCount == 1 && plan.actionKinds == [.void])
        let text = try BillingPlanFormat.text.render(plan)
        #expect(text.contains("0 credits to give, 1 to void."))
        #expect(text.contains("- credgr_1 (il_1, in_1, cus_1)"))
        #expect(text.contains("invoice line credited by cn_1; forfeits 12345 usd"))
        #expect(text.contains("products.pack.prices.pack  at billing.yaml:28:17"))
        let markdown = try BillingPlanFormat.markdown.render(plan)
        #expect(markdown.contains("| `credgr_1` | `il_1` | `in_1` | `cus_1` | void credit grant"))
        let json = try BillingPlanFormat.json.render(plan)
        #expect(json.contains("\"voids\"") && json.contains("\"reason\" : \"credit_note\""))
        #expect(try JSONDecoder().decode(BillingPlan.self, from: Data(json.utf8)) == plan)
    }

    @Test func aVersionOneDocumentWithoutVoidsStillDecodes() throws {
        let json = #"{"version": 1, "kind": "billing_plan", "thresholds": [], "credits": []}"#
        let plan = try JSONDecoder().decode(BillingPlan.self, from: Data(json.utf8))
        #expect(plan.voids.isEmpty && !plan.hasChanges)
    }
}
