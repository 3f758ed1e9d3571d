/// A credit note (`cn_…`) adjusting a paid invoice after the fact, line by line
/// (https://docs.stripe.com/invoicing/integration/programmatic-credit-notes).
///
/// Only post-payment credit notes on invoice lines are modelled: the invoice was paid, so the
/// credit note leaves `amount_due` alone and its total goes back to the customer as a customer
/// balance credit (`credit_amount`) or is recorded as settled outside Stripe
/// (`out_of_band_amount`). Refunds are not modelled, since the emulator's invoices are paid from
/// credits and the customer balance, never by a payment that could be refunded.
package struct CreditNoteRecord: Sendable {
    /// One credited invoice line (`type=invoice_line_item`).
    package struct Line: Sendable {
        package var id: String
        package var invoiceLine: String
        package var amount: Int
        /// Set when the line was credited by quantity (amount = quantity × the line's unit amount).
        package var quantity: Int?
        package var unitAmount: Int?
        package var description: String
    }

    package var id: String
    package var created: Int
    package var customer: String
    package var invoice: String
    package var currency: String
    package var number: String
    package var lines: [Line]
    package var creditAmount: Int
    package var outOfBandAmount: Int
    /// The customer balance transaction `credit_amount` made, if any.
    package var balanceTransaction: String?
    package var memo: String?
    package var reason: String?
    package var metadata: [String: String] = [:]
    /// `issued`, or `void` once voided.
    package var status = "issued"
    package var voidedAt: Int?

    /// The sum of the lines: the credit note's `amount`, `subtotal` and `total` (no taxes,
    /// discounts or shipping are modelled).
    package var total: Int { lines.reduce(0) { $0 + $1.amount } }
}

extension CreditNoteRecord {
    /// How many lines a credit note embeds; the rest are paged through `…/{id}/lines`.
    static let embeddedLines = 10

    func json(livemode: Bool) -> JSONValue {
        let embedded = lines.prefix(Self.embeddedLines).map { lineJSON($0, livemode: livemode) }
        return .object([
            ("id", .string(id)),
            ("object", .string("credit_note")),
            ("amount", .int(total)),
            ("amount_shipping", .int(0)),
            ("created", .int(created)),
            ("currency", .string(currency)),
            ("customer", .string(customer)),
            ("customer_account", .null),
            ("customer_balance_transaction", .string(balanceTransaction)),
            ("discount_amount", .int(0)),
            ("discount_amounts", .array([])),
            ("effective_at", .int(created)),
            ("invoice", .string(invoice)),
            (
                "lines",
                ListPage.envelope(
                    Array(embedded), hasMore: lines.count > Self.embeddedLines,
                    url: "/v1/credit_notes/\(id)/lines")
            ),
            ("livemode", .bool(livemode)),
            ("memo", .string(memo)),
            ("metadata", .stringMap(metadata)),
            ("number", .string(number)),
            ("out_of_band_amount", .int(outOfBandAmount == 0 ? nil : outOfBandAmount)),
            ("pdf", .string("")),
            ("post_payment_amount", .int(total)),
            ("pre_payment_amount", .int(0)),
            ("pretax_credit_amounts", .array([])),
            ("reason", .string(reason)),
            ("refunds", .array([])),
            ("shipping_cost", .null),
            ("status", .string(status)),
            ("subtotal", .int(total)),
            ("subtotal_excluding_tax", .int(total)),
            ("total", .int(total)),
            ("total_excluding_tax", .int(total)),
            ("total_taxes", .array([])),
            ("type", .string("post_payment")),
            ("voided_at", .int(voidedAt)),
        ])
    }

    func lineJSON(_ line: Line, livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(line.id)),
            ("object", .string("credit_note_line_item")),
            ("amount", .int(line.amount)),
            ("description", .string(line.description)),
            ("discount_amount", .int(0)),
            ("discount_amounts", .array([])),
            ("invoice_line_item", .string(line.invoiceLine)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap([:])),
            ("pretax_credit_amounts", .array([])),
            ("quantity", .int(line.quantity)),
            ("tax_rates", .array([])),
            ("taxes", .array([])),
            ("type", .string("invoice_line_item")),
            ("unit_amount", .int(line.unitAmount)),
            ("unit_amount_decimal", .string(line.unitAmount.map(String.init))),
        ])
    }
}
