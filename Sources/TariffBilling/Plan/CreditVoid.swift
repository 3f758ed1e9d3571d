/// A credit grant to void because the purchase it was given for was reversed: the invoice line
/// was fully credited by credit notes (refunded, credited to the customer balance or settled
/// outside Stripe), or its invoice was voided.
///
/// Applied with `POST /v1/billing/credit_grants/{id}/void`. Credits the customer already used
/// stay used; voiding forfeits what is left (`remaining`), which is the point: a partly used
/// grant is voided too, so a refunded purchase stops paying for usage from then on.
package struct CreditVoid: Sendable, Hashable, Codable {
    /// Why the purchase no longer stands.
    package enum Reason: String, Sendable, Hashable, Codable {
        /// Issued credit notes credit the whole invoice line.
        case creditNote = "credit_note"
        /// The invoice is `void`.
        case invoiceVoid = "invoice_void"
    }

    /// `products.<product>.prices.<price>`: the price whose `grants:` gave the credit.
    package var address: String
    /// `file:line:col` of the price's `grants:`.
    package var location: String
    package var invoice: String
    package var invoiceLine: String
    package var customer: String
    /// The `credgr_…` grant to void.
    package var grant: String
    package var reason: Reason
    /// The credit notes that reversed the line (empty for a voided invoice), in id order.
    package var creditNotes: [String]
    /// What the grant still holds and voiding forfeits, in minor units of `currency`; nil when
    /// Stripe's balance could not be read.
    package var remaining: Int?
    package var currency: String

    package init(
        address: String, location: String, invoice: String, invoiceLine: String, customer: String,
        grant: String, reason: Reason, creditNotes: [String], remaining: Int?, currency: String
    ) {
        self.address = address
        self.location = location
        self.invoice = invoice
        self.invoiceLine = invoiceLine
        self.customer = customer
        self.grant = grant
        self.reason = reason
        self.creditNotes = creditNotes
        self.remaining = remaining
        self.currency = currency
    }

    enum CodingKeys: String, CodingKey {
        case address, location, invoice, customer, grant, reason, remaining, currency
        case invoiceLine = "invoice_line"
        case creditNotes = "credit_notes"
    }

    /// The idempotency key of the void: the same for every attempt at this grant.
    package var idempotencyKey: String { "tariff-void-\(grant)" }
}

/// A live credit grant Tariff gave (metadata `tariff_invoice_line`), as void planning needs it.
package struct GivenGrant: Sendable, Hashable {
    package var id: String
    package var customer: String
    package var invoiceLine: String
    package var currency: String
    /// Set once the grant is voided; such a grant needs nothing more.
    package var voidedAt: Int?
    package var expiresAt: Int?
    /// What is left of the grant (granted less applied), when read; nil when not read.
    package var remaining: Int?

    package init(
        id: String, customer: String, invoiceLine: String, currency: String, voidedAt: Int?,
        expiresAt: Int?, remaining: Int? = nil
    ) {
        self.id = id
        self.customer = customer
        self.invoiceLine = invoiceLine
        self.currency = currency
        self.voidedAt = voidedAt
        self.expiresAt = expiresAt
        self.remaining = remaining
    }

    /// Whether the grant can still be drawn on at `now`: not voided, not expired.
    package func isLive(at now: Int) -> Bool {
        voidedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }
}

/// One line of an issued or voided credit note that names an invoice line.
package struct CreditNoteLine: Sendable, Hashable {
    package var creditNote: String
    /// `issued` or `void`; only issued credit notes reverse anything.
    package var status: String
    package var invoiceLine: String
    package var amount: Int

    package init(creditNote: String, status: String, invoiceLine: String, amount: Int) {
        self.creditNote = creditNote
        self.status = status
        self.invoiceLine = invoiceLine
        self.amount = amount
    }
}
