/// The customer balance settling part of an invoice when it finalizes, after billing credits,
/// as Stripe applies it to the next finalized invoice (https://docs.stripe.com/invoicing/customer/balance):
/// a credit (negative balance) lowers `amount_due` down to zero at most and the rest carries
/// over; an amount owed (positive balance) is added to `amount_due`. Only a balance in the
/// invoice's currency applies. The movement is an `applied_to_invoice` balance transaction.
extension EmulatorState {
    mutating func applyCustomerBalance(to invoice: InvoiceRecord, at time: Int) -> InvoiceRecord {
        guard var customer = customers[invoice.customer], customer.currency == invoice.currency,
            customer.balance != 0
        else { return invoice }
        var result = invoice
        let balance = customer.balance
        let applied = balance < 0 ? max(balance, -invoice.total) : balance
        result.startingBalance = balance
        result.appliedBalance = applied
        guard applied != 0 else { return result }
        customer.balance = balance - applied
        customers[customer.id] = customer
        let transaction = BalanceTransactionRecord(
            id: newID("cbtxn"), created: time, customer: customer.id, amount: -applied,
            currency: invoice.currency,
            description: nil, endingBalance: customer.balance, type: "applied_to_invoice", invoice: invoice.id
        )
        balanceTransactions[transaction.id] = transaction
        return result
    }
}
