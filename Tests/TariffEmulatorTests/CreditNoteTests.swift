import Foundation
import Testing

@testable import TariffEmulator

/// Credit notes on paid invoices (credited to the customer balance or out of band), listed
/// account-wide with the invoice lines they credit, voided; and voiding an open invoice.
@Suite("Credit notes and voided invoices")
struct CreditNoteTests {
    /// A paid invoice of `InvoiceTests`' account (30.00 USD: 3 × 10.00 licensed, paid from a
    /// 50.00 balance credit) and its licensed line.
    static func paid() async throws -> (InvoiceTests.Account, invoice: String, line: String) {
        let (account, invoice) = try await CustomerBalanceInvoiceTests.finalized(balance: -5_000)
        #expect(invoice["status"] as? String == "paid")
        let lines = ((invoice["lines"] as? [String: Any])?["data"] as? [[String: Any]]) ?? []
        let licensed = try #require(lines.first { $0["amount"] as? Int == 3_000 })
        return (account, try #require(invoice["id"] as? String), try #require(licensed["id"] as? String))
    }

    @Test("a credit note credits an invoice line to the customer balance and lists account-wide")
    func creditToBalance() async throws {
        let (account, invoice, line) = try await Self.paid()
        let note = await account.stripe.send(
            "POST", "/v1/credit_notes",
            "invoice=\(invoice)&lines[0][type]=invoice_line_item&lines[0][invoice_line_item]=\(line)"
                + "&lines[0][quantity]=2&credit_amount=2000&reason=order_change")
        #expect(note.status == 200, "\(note.json)")
        #expect(note["total"] as? Int == 2_000 && note["status"] as? String == "issued")
        #expect(note["type"] as? String == "post_payment" && note["customer"] as? String == account.customer)
        let noteLines = ((note["lines"] as? [String: Any])?["data"] as? [[String: Any]]) ?? []
        #expect(noteLines.first?["invoice_line_item"] as? String == line)
        #expect(
            noteLines.first?["amount"] as? Int == 2_000 && noteLines.first?["unit_amount"] as? Int == 1_000)
        // 50.00 credit - 30.00 invoice + 20.00 credit note.
        let customer = await account.stripe.send("GET", "/v1/customers/\(account.customer)")
        #expect(customer["balance"] as? Int == -4_000)
        let ledger = await account.stripe.send(
            "GET", "/v1/customers/\(account.customer)/balance_transactions")
        let newest = ((ledger["data"] as? [[String: Any]]) ?? []).first
        #expect(
            newest?["type"] as? String == "credit_note"
                && newest?["credit_note"] as? String == note.string("id"))
        let updated = await account.stripe.send("GET", "/v1/invoices/\(invoice)")
        #expect(updated["post_payment_credit_notes_amount"] as? Int == 2_000)
        #expect(updated["status"] as? String == "paid", "a credit note leaves a paid invoice paid")

        let all = await account.stripe.send("GET", "/v1/credit_notes")
        #expect(all.ids == [note.string("id")].compactMap { $0 })
        #expect(await account.stripe.send("GET", "/v1/credit_notes", "invoice=in_none").ids.isEmpty)
        let lines = await account.stripe.send("GET", "/v1/credit_notes/\(note.string("id") ?? "")/lines")
        #expect(lines.ids.count == 1)
    }

    @Test("a line cannot be credited beyond its amount, nor by amount after quantity")
    func lineLimits() async throws {
        let (account, invoice, line) = try await Self.paid()
        let entry = "invoice=\(invoice)&lines[0][type]=invoice_line_item&lines[0][invoice_line_item]=\(line)"
        let first = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=2500&out_of_band_amount=2500")
        #expect(first.status == 200, "\(first.json)")
        let beyond = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=600&out_of_band_amount=600")
        #expect(beyond.status == 400 && beyond.error("message")?.contains("500 left") == true)
        let byQuantity = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][quantity]=1&credit_amount=1000")
        #expect(byQuantity.status == 400 && byQuantity.error("param") == "lines[0][quantity]")
        let rest = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=500&out_of_band_amount=500")
        #expect(rest.status == 200)
    }

    @Test("the amounts must add up to the total, and nothing can be refunded")
    func amounts() async throws {
        let (account, invoice, line) = try await Self.paid()
        let entry = "invoice=\(invoice)&lines[0][type]=invoice_line_item&lines[0][invoice_line_item]=\(line)"
        let short = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=1000&credit_amount=400")
        #expect(short.status == 400 && short.error("message")?.contains("must equal") == true)
        let refund = await account.stripe.send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=1000&refund_amount=1000")
        #expect(refund.status == 400 && refund.error("param") == "refund_amount")
        #expect(await account.stripe.send("GET", "/v1/credit_notes").ids.isEmpty, "nothing was issued")
    }

    @Test("voiding a credit note takes its balance credit back")
    func voidCreditNote() async throws {
        let (account, invoice, line) = try await Self.paid()
        let note = await account.stripe.send(
            "POST", "/v1/credit_notes",
            "invoice=\(invoice)&lines[0][type]=invoice_line_item&lines[0][invoice_line_item]=\(line)"
                + "&lines[0][amount]=3000&credit_amount=3000")
        let id = try #require(note.string("id"))
        let voided = await account.stripe.send("POST", "/v1/credit_notes/\(id)/void")
        #expect(voided["status"] as? String == "void" && voided["voided_at"] as? Int != nil)
        let customer = await account.stripe.send("GET", "/v1/customers/\(account.customer)")
        #expect(customer["balance"] as? Int == -2_000)
        #expect(await account.stripe.send("POST", "/v1/credit_notes/\(id)/void").status == 400)
        let invoiceNow = await account.stripe.send("GET", "/v1/invoices/\(invoice)")
        #expect(invoiceNow["post_payment_credit_notes_amount"] as? Int == 0)
    }

    @Test("an open invoice can be voided, a paid one cannot")
    func voidInvoice() async throws {
        let (openAccount, open) = try await CustomerBalanceInvoiceTests.finalized(balance: 700)
        let openID = try #require(open["id"] as? String)
        let voided = await openAccount.stripe.send("POST", "/v1/invoices/\(openID)/void")
        #expect(voided["status"] as? String == "void", "\(voided.json)")
        let transitions = voided["status_transitions"] as? [String: Any]
        #expect(transitions?["voided_at"] as? Int != nil)
        #expect(await openAccount.stripe.send("GET", "/v1/invoices", "status=void").ids == [openID])

        let (account, invoice, _) = try await Self.paid()
        let refused = await account.stripe.send("POST", "/v1/invoices/\(invoice)/void")
        #expect(refused.status == 400 && refused.error("message")?.contains("open or uncollectible") == true)
    }

    /// Every credit note and void exchange, judged by stripe-python 16.1.0's types
    /// (`CreditNote`, `CreditNoteLineItem`, `Invoice`, `CustomerBalanceTransaction`) through
    /// `scripts/contract/check.py`.
    @Test(.enabled(if: InvoiceContractTests.hasStripeSDK, "python3 with stripe==16.1.0 is needed"))
    func answersSatisfyTheSDKTypes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-credit-note-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = directory.appendingPathComponent("all.ndjson")
        let account = await InvoiceTests.Account(recordingTo: ExchangeRecorder(path: recording.path))
        let send = { (method: String, path: String, form: String) in
            await InvoiceContractTests.send(account, method, path, form)
        }
        await account.stripe.send(
            "POST", "/v1/customers/\(account.customer)/balance_transactions", "amount=-5000&currency=usd")
        #expect(await account.advance(to: InvoiceTests.february + 7_200) == 200)
        let paid = try #require(
            (await send("GET", "/v1/invoices", "status=paid")).json["data"] as? [[String: Any]])
        let invoice = try #require(paid.first?["id"] as? String)
        let lines = ((paid.first?["lines"] as? [String: Any])?["data"] as? [[String: Any]]) ?? []
        let line = try #require(lines.first { $0["amount"] as? Int == 3_000 }?["id"] as? String)
        let entry = "invoice=\(invoice)&lines[0][type]=invoice_line_item&lines[0][invoice_line_item]=\(line)"
        let credited = await send(
            "POST", "/v1/credit_notes",
            entry + "&lines[0][amount]=1000&credit_amount=1000&memo=Sorry&metadata[k]=v")
        #expect(credited.status == 200)
        let outOfBand = await send(
            "POST", "/v1/credit_notes",
            entry + "&lines[0][amount]=500&out_of_band_amount=500&reason=duplicate")
        #expect(outOfBand.status == 200)
        let refused = await send(
            "POST", "/v1/credit_notes", entry + "&lines[0][amount]=100&refund_amount=100")
        #expect(refused.status == 400)
        let creditedID = credited.string("id") ?? ""
        await send("GET", "/v1/credit_notes", "invoice=\(invoice)&limit=1")
        await send("GET", "/v1/credit_notes", "customer=\(account.customer)")
        await send("GET", "/v1/credit_notes/\(creditedID)", "")
        await send("GET", "/v1/credit_notes/\(creditedID)/lines", "")
        await send("POST", "/v1/credit_notes/\(creditedID)/void", "")
        await send("GET", "/v1/customers/\(account.customer)/balance_transactions", "")
        // March's renewal: 30.00 less the 20.00 left on the balance leaves 10.00 due, so it is open.
        #expect(await account.advance(to: InvoiceTests.march + 7_200) == 200)
        let open = try #require((await send("GET", "/v1/invoices", "status=open")).ids.first)
        #expect(await send("POST", "/v1/invoices/\(open)/void", "").status == 200)
        await send("GET", "/v1/invoices", "status=void")
        let judgedLines = try String(contentsOf: recording, encoding: .utf8).split(separator: "\n")
            .filter { line in
                [
                    "/v1/invoices", "/v1/credit_notes",
                    "/v1/customers/\(account.customer)/balance_transactions",
                ]
                .contains { line.contains("\"path\":\"\($0)") }
                    && !line.contains("\"method\":\"POST\",\"path\":\"/v1/customers")
            }
        #expect(judgedLines.count == 13)
        let judged = directory.appendingPathComponent("judged.ndjson")
        try (judgedLines.joined(separator: "\n") + "\n").write(to: judged, atomically: true, encoding: .utf8)
        let result = try #require(
            InvoiceContractTests.python(["scripts/contract/check.py", judged.path, "--min", "13"]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("13 passed, 0 failed"), "\(result.output)")
        #expect(result.output.contains("POST /v1/credit_notes/{id}/void"), "\(result.output)")
    }
}
