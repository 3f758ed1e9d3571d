/// Billing credits paying for an invoice's metered lines when it finalizes, as Stripe's "Billing
/// credits" page (https://docs.stripe.com/billing/subscriptions/usage-based/billing-credits)
/// says: only lines of metered prices in each grant's scope and currency, only at finalization;
/// a grant is eligible when the invoice's `period_end` is at or after its `effective_at` and
/// before its `expires_at`; grants are taken by `priority` (0 first), then the earlier
/// `expires_at` (never-expiring last), `promotional` before `paid`, the earlier `effective_at`,
/// then the earlier creation; each grant pays the invoice's lines in their order.
extension EmulatorState {
    /// What is left of `grant`: its value less the credits applied from it.
    func remainingCredit(of grant: CreditGrantRecord) -> Int {
        creditTransactions.newestFirst.reduce(grant.value) { left, transaction in
            guard transaction.grant == grant.id, case .applied = transaction.kind else { return left }
            return left - transaction.amount
        }
    }

    /// `invoice` with credits applied to its metered lines at `time`, recording a
    /// `credits_applied` transaction per (grant, line).
    mutating func applyCredits(to invoice: InvoiceRecord, at time: Int) -> InvoiceRecord {
        let order = Dictionary(
            uniqueKeysWithValues: creditGrants.idsNewestFirst.reversed().enumerated().map { ($1, $0) })
        let grants = creditGrants.newestFirst.filter { $0.customer == invoice.customer }.sorted { a, b in
            let promotionalA = a.category == "promotional" ? 0 : 1
            let promotionalB = b.category == "promotional" ? 0 : 1
            return (a.priority, a.expiresAt ?? Int.max, promotionalA, a.effectiveAt, order[a.id] ?? 0) < (
                b.priority, b.expiresAt ?? Int.max, promotionalB, b.effectiveAt, order[b.id] ?? 0
            )
        }
        var result = invoice
        for grant in grants {
            var left = remainingCredit(of: grant)
            for index in result.lines.indices where left > 0 {
                let line = result.lines[index]
                guard line.metered,
                    grant.applies(to: line.priceID, currency: invoice.currency, at: invoice.periodEnd)
                else {
                    continue
                }
                let due = line.amount - line.credits.reduce(0) { $0 + $1.amount }
                let applied = min(due, left)
                guard applied > 0 else { continue }
                let transaction = CreditBalanceTransactionRecord(
                    id: newID("cbtxn"), created: time, effectiveAt: time, grant: grant.id,
                    customer: invoice.customer,
                    currency: invoice.currency, amount: applied,
                    kind: .applied(invoice: invoice.id, line: line.id),
                    testClock: invoice.testClock)
                creditTransactions[transaction.id] = transaction
                result.lines[index].credits.append(
                    InvoiceRecord.AppliedCredit(amount: applied, transaction: transaction.id))
                left -= applied
            }
        }
        return result
    }
}
