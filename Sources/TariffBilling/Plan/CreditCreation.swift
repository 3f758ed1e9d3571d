/// A credit to give for one paid purchase (an invoice line of a price that declares `grants:`).
///
/// Identified in Stripe by metadata `tariff_invoice_line=<line id>` on the grant or balance
/// transaction, and created with an idempotency key derived from the line id, so a purchase
/// earns one credit across re-runs, crashes and retries.
package struct CreditCreation: Sendable, Hashable, Codable {
    /// How the credit reaches the customer (the price's `grants.mechanism`).
    package enum Mechanism: String, Sendable, Hashable, Codable {
        case creditGrant = "credit_grant"
        case customerBalance = "customer_balance"
    }

    /// `products.<product>.prices.<price>`: the price that grants.
    package var address: String
    /// `file:line:col` of the price's `grants:`.
    package var location: String
    package var invoice: String
    package var invoiceLine: String
    package var customer: String
    package var mechanism: Mechanism
    /// `grants.amount × quantity`, in minor units of `currency`.
    package var amount: Int
    package var currency: String
    /// `paid` or `promotional` (credit grants only).
    package var category: String
    package var priority: Int
    /// Stripe price ids the credit pays for; nil for every metered price (credit grants only).
    package var prices: [String]?
    /// Unix seconds; nil for never (credit grants only).
    package var expiresAt: Int?

    package init(
        address: String, location: String, invoice: String, invoiceLine: String, customer: String,
        mechanism: Mechanism, amount: Int, currency: String, category: String, priority: Int,
        prices: [String]?, expiresAt: Int?
    ) {
        self.address = address
        self.location = location
        self.invoice = invoice
        self.invoiceLine = invoiceLine
        self.customer = customer
        self.mechanism = mechanism
        self.amount = amount
        self.currency = currency
        self.category = category
        self.priority = priority
        self.prices = prices
        self.expiresAt = expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case address, location, invoice, customer, mechanism, amount, currency, category, priority, prices
        case invoiceLine = "invoice_line"
        case expiresAt = "expires_at"
    }

    /// The metadata key naming the invoice line on the grant or balance transaction.
    package static let invoiceLineField = "tariff_invoice_line"

    /// The idempotency key of the create: the same for every attempt at this line.
    package var idempotencyKey: String { "tariff-credit-\(invoiceLine)" }
}
