import TariffBilling
import TariffStripe

/// The credits already given and the reversals of purchases: what void planning reads
/// (`CreditVoidPlanner` says which of Stripe's documented behaviours it relies on).
extension BillingAccount {
    /// Every credit note line that names an invoice line, account-wide (`GET /v1/credit_notes`,
    /// lines paged through `…/{id}/lines` when a credit note has more).
    func creditNoteLines() async throws -> [CreditNoteLine] {
        let notes = try await client.listAll("/v1/credit_notes", as: BillingObjects.CreditNote.self)
        var result: [CreditNoteLine] = []
        for note in notes {
            var lines = note.lines.data
            if note.lines.hasMore {
                lines = try await client.listAll(
                    StripePath.make("/v1/credit_notes", note.id, "lines"),
                    as: BillingObjects.CreditNote.Line.self)
            }
            for line in lines {
                guard let invoiceLine = line.invoiceLineItem else { continue }
                result.append(
                    CreditNoteLine(
                        creditNote: note.id, status: note.status, invoiceLine: invoiceLine,
                        amount: line.amount))
            }
        }
        return result
    }

    /// The invoice lines already credited to `customer` (`tariff_invoice_line` of its credit
    /// grants, voided ones included, and of its balance transactions) and its grants marked so.
    func credits(customer: String) async throws -> (lines: Set<String>, grants: [GivenGrant]) {
        var query = StripeForm()
        query.append("customer", .string(customer))
        let grants = try await client.listAll(
            "/v1/billing/credit_grants", query: query, as: BillingObjects.Grant.self)
        let balance = try await client.listAll(
            StripePath.make("/v1/customers", customer, "balance_transactions"), as: BillingObjects.Marked.self
        )
        let field = CreditCreation.invoiceLineField
        let lines = Set(
            grants.compactMap { $0.metadata?[field] } + balance.compactMap { $0.metadata?[field] })
        let given = grants.compactMap { grant in
            grant.metadata?[field].map { line in
                GivenGrant(
                    id: grant.id, customer: customer, invoiceLine: line,
                    currency: grant.amount.monetary.currency,
                    voidedAt: grant.voidedAt, expiresAt: grant.expiresAt)
            }
        }
        return (lines, given)
    }

    /// `grants` with what is left of each live grant of a reversed purchase, from its credit
    /// balance transactions (`GET /v1/billing/credit_balance_transactions?credit_grant=`: one
    /// call per such grant, since Stripe lists them per customer only): credits less debits.
    func withRemaining(
        _ grants: [GivenGrant], reversed standings: [String: CreditVoidPlanner.Standing], now: Int
    ) async throws -> [GivenGrant] {
        var result: [GivenGrant] = []
        for var grant in grants {
            if grant.isLive(at: now), case .reversed = standings[grant.invoiceLine] {
                var query = StripeForm()
                query.append("customer", .string(grant.customer))
                query.append("credit_grant", .string(grant.id))
                let movements = try await client.listAll(
                    "/v1/billing/credit_balance_transactions", query: query,
                    as: BillingObjects.CreditMovement.self)
                grant.remaining = movements.reduce(0) { $0 + $1.signedValue }
            }
            result.append(grant)
        }
        return result
    }
}
