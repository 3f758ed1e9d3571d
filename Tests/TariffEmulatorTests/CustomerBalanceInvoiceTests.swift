import Foundation
import Testing

@testable import TariffEmulator

/// The customer balance settling invoices at finalization, after billing credits.
@Suite("Customer balance on invoices")
struct CustomerBalanceInvoiceTests {
    /// The account of `InvoiceTests` with `balance` put on the customer's balance (negative:
    /// a credit), advanced past February's finalization with no usage: 30.00 USD licensed.
    static func finalized(balance: Int, currency: String = "usd") async throws -> (
        InvoiceTests.Account, invoice: [String: Any]
    ) {
        let account = await InvoiceTests.Account()
        let adjusted = await account.stripe.send(
            "POST", "/v1/customers/\(account.customer)/balance_transactions",
            "amount=\(balance)&currency=\(currency)")
        #expect(adjusted.status == 200)
        #expect(await account.advance(to: InvoiceTests.february + 7_200) == 200)
        let invoice = try #require(
            (await account.stripe.send("GET", "/v1/invoices")["data"] as? [[String: Any]])?.first)
        return (account, invoice)
    }

    @Test("a credit smaller than the total lowers the amount due and is used up")
    func partialCredit() async throws {
        let (account, invoice) = try await Self.finalized(balance: -2_000)
        #expect(invoice["total"] as? Int == 3_000)
        #expect(invoice["starting_balance"] as? Int == -2_000)
        #expect(invoice["ending_balance"] as? Int == 0)
        #expect(invoice["amount_due"] as? Int == 1_000)
        #expect(invoice["status"] as? String == "open")
        let customer = await account.stripe.send("GET", "/v1/customers/\(account.customer)")
        #expect(customer["balance"] as? Int == 0)
        let ledger = await account.stripe.send(
            "GET", "/v1/customers/\(account.customer)/balance_transactions")
        let applied = ((ledger["data"] as? [[String: Any]]) ?? []).first
        #expect(applied?["type"] as? String == "applied_to_invoice")
        #expect(applied?["amount"] as? Int == 2_000)
        #expect(applied?["invoice"] as? String == invoice["id"] as? String)
    }

    @Test("a credit larger than the total pays the invoice and the rest carries over")
    func creditCarriesOver() async throws {
        let (account, invoice) = try await Self.finalized(balance: -5_000)
        #expect(invoice["amount_due"] as? Int == 0)
        #expect(invoice["status"] as? String == "paid")
        #expect(invoice["ending_balance"] as? Int == -2_000)
        #expect(
            await account.stripe.send("GET", "/v1/customers/\(account.customer)")["balance"] as? Int == -2_000
        )
    }

    @Test("an amount owed is added to the invoice")
    func debitIsAdded() async throws {
        let (_, invoice) = try await Self.finalized(balance: 700)
        #expect(invoice["amount_due"] as? Int == 3_700)
        #expect(invoice["ending_balance"] as? Int == 0)
    }

    @Test("a balance in another currency does not apply")
    func otherCurrency() async throws {
        let (_, invoice) = try await Self.finalized(balance: -2_000, currency: "eur")
        #expect(invoice["amount_due"] as? Int == 3_000)
        #expect(invoice["starting_balance"] as? Int == 0)
    }
}
