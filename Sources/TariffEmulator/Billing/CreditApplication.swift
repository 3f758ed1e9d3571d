/// Billing credits paying for an invoice's metered lines when it finalizes, as Stripe applies
/// them: only to lines of metered prices in each grant's scope and currency, only at
/// finalization, by `priority` (0 first). Stripe documents no order beyond priority
/// [unverified]; the emulator then takes the grant that expires first (never-expiring last),
/// then the oldest, and the invoice's lines in order.
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
            (a.priority, a.expiresAt ?? Int.max, order[a.id] ?? 0) < (
                b.priority, b.expiresAt ?? Int.max, order[b.id] ?? 0
            )
        }
        var result = invoice
        for grant in grants {
            var left = remainingCredit(of: grant)
            for index in result.lines.indices where left > 0 {
                let line = result.lines[index]
                guard line.metered, grant.applies(to: line.priceID, currency: invoice.currency, at: time)
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
