import Foundation

/// An invoice (`in_…`) the emulator cut for a subscription when a test clock moved past the end
/// of a billing period, and its lines (`il_…`).
///
/// Only subscription renewals are invoiced (`billing_reason=subscription_cycle`): the first
/// invoice of a new subscription, prorations, discounts and taxes are not modelled yet.
/// Billing credits are (`CreditApplication.swift`): `total` is `subtotal` less the credits
/// applied to the lines; then the customer balance (`CustomerBalanceApplication.swift`):
/// `amount_due` is `total` plus the part of `starting_balance` the invoice absorbed.
package struct InvoiceRecord: Sendable {
    /// One line: a subscription item's charge for one period.
    package struct Line: Sendable {
        package var id: String
        package var subscriptionItem: String
        package var priceID: String
        package var productID: String
        /// The quantity priced: the item's quantity for a licensed price, the meter's
        /// aggregate over the period for a metered one (before `transform_quantity`).
        package var quantity: Int
        package var amount: Int
        /// The price's unit amount in the invoice's currency; nil for a tiered price.
        package var unitAmountDecimal: String?
        package var periodStart: Int
        package var periodEnd: Int
        package var description: String
        /// Whether the amount comes from a meter (recomputed when the invoice finalizes).
        package var metered: Bool
        /// Billing credits applied to this line at finalization (`pretax_credit_amounts`).
        package var credits: [AppliedCredit] = []
    }

    /// Credits from one grant paying part of a line: a `credits_applied` transaction.
    package struct AppliedCredit: Sendable {
        package var amount: Int
        /// The `cbtxn_…` credit balance transaction.
        package var transaction: String
    }

    package var id: String
    package var created: Int
    package var customer: String
    package var subscription: String
    package var currency: String
    /// The billing period that ended: the usage period of the metered lines.
    package var periodStart: Int
    package var periodEnd: Int
    /// `draft` until `automaticallyFinalizesAt`, then `open`, or `paid` when nothing is due.
    package var status = "draft"
    /// `subscription_cycle` (a renewal) or `subscription_threshold` (pay as you go).
    package var billingReason = "subscription_cycle"
    package var lines: [Line]
    package var testClock: String?
    /// Stripe leaves a renewal invoice in draft for about an hour before finalizing it.
    package var automaticallyFinalizesAt: Int?
    package var finalizedAt: Int?
    package var paidAt: Int?
    package var number: String?
    package var customerName: String?
    package var customerEmail: String?
    /// The customer's balance when the invoice finalized (negative: credit); 0 for a draft.
    package var startingBalance = 0
    /// The balance the invoice took: `starting_balance - ending_balance`, added to `total`.
    package var appliedBalance = 0
    /// The totals of the credit notes issued on the invoice after it was paid.
    package var postPaymentCreditNotesAmount = 0
    /// When the invoice was voided (`POST /v1/invoices/{id}/void`).
    package var voidedAt: Int?

    /// What the customer owes: `total` with the applied balance.
    package var amountDue: Int { total + appliedBalance }

    /// The sum of the lines.
    package var subtotal: Int { lines.reduce(0) { $0 + $1.amount } }
    /// Every credit applied to the lines.
    package var credits: [AppliedCredit] { lines.flatMap(\.credits) }
    /// `subtotal` less the credits applied.
    package var total: Int { subtotal - credits.reduce(0) { $0 + $1.amount } }
}

extension InvoiceRecord {
    /// How many lines an invoice embeds; the rest are paged through `…/{id}/lines`, as on Stripe.
    static let embeddedLines = 10

    /// Stripe's JSON for the invoice, with its first lines embedded.
    func json(livemode: Bool) -> JSONValue {
        let total = total
        let paid = status == "paid" ? amountDue : 0
        let embedded = lines.prefix(Self.embeddedLines).map { lineJSON($0, livemode: livemode) }
        return .object([
            ("id", .string(id)),
            ("object", .string("invoice")),
            ("account_country", .null),
            ("account_name", .null),
            ("account_tax_ids", .null),
            ("amount_due", .int(amountDue)),
            ("amount_overpaid", .int(0)),
            ("amount_paid", .int(paid)),
            ("amount_remaining", .int(amountDue - paid)),
            ("amount_shipping", .int(0)),
            ("application", .null),
            ("attempt_count", .int(0)),
            ("attempted", .bool(false)),
            ("auto_advance", .bool(status == "draft")),
            (
                "automatic_tax",
                .object([
                    ("disabled_reason", .null), ("enabled", .bool(false)), ("liability", .null),
                    ("provider", .null), ("status", .null),
                ])
            ),
            ("automatically_finalizes_at", .int(status == "draft" ? automaticallyFinalizesAt : nil)),
            ("billing_reason", .string(billingReason)),
            ("collection_method", .string("charge_automatically")),
            ("created", .int(created)),
            ("currency", .string(currency)),
            ("custom_fields", .null),
            ("customer", .string(customer)),
            ("customer_address", .null),
            ("customer_email", .string(customerEmail)),
            ("customer_name", .string(customerName)),
            ("customer_phone", .null),
            ("customer_shipping", .null),
            ("customer_tax_exempt", .string("none")),
            ("customer_tax_ids", .array([])),
            ("default_payment_method", .null),
            ("default_source", .null),
            ("default_tax_rates", .array([])),
            ("description", .null),
            ("discounts", .array([])),
            ("due_date", .null),
            ("effective_at", .int(finalizedAt)),
            ("ending_balance", status == "draft" ? .null : .int(startingBalance - appliedBalance)),
            ("footer", .null),
            ("from_invoice", .null),
            ("hosted_invoice_url", .null),
            ("invoice_pdf", .null),
            ("issuer", .object([("type", .string("self"))])),
            ("last_finalization_error", .null),
            ("latest_revision", .null),
            (
                "lines",
                ListPage.envelope(
                    Array(embedded), hasMore: lines.count > Self.embeddedLines,
                    url: "/v1/invoices/\(id)/lines")
            ),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap([:])),
            ("next_payment_attempt", .null),
            ("number", .string(number)),
            ("on_behalf_of", .null),
            (
                "parent",
                .object([
                    ("quote_details", .null),
                    (
                        "subscription_details",
                        .object([
                            ("metadata", .stringMap([:])), ("subscription", .string(subscription)),
                            ("subscription_proration_date", .null),
                        ])
                    ),
                    ("type", .string("subscription_details")),
                ])
            ),
            (
                "payment_settings",
                .object([
                    ("default_mandate", .null), ("payment_method_options", .null),
                    ("payment_method_types", .null),
                ])
            ),
            ("period_end", .int(periodEnd)),
            ("period_start", .int(periodStart)),
            ("post_payment_credit_notes_amount", .int(postPaymentCreditNotesAmount)),
            ("pre_payment_credit_notes_amount", .int(0)),
            ("receipt_number", .null),
            ("rendering", .null),
            ("shipping_cost", .null),
            ("shipping_details", .null),
            ("starting_balance", .int(startingBalance)),
            ("statement_descriptor", .null),
            ("status", .string(status)),
            ("status_details", .null),
            (
                "status_transitions",
                .object([
                    ("finalized_at", .int(finalizedAt)), ("marked_uncollectible_at", .null),
                    ("paid_at", .int(paidAt)), ("voided_at", .int(voidedAt)),
                ])
            ),
            ("subtotal", .int(subtotal)),
            ("subtotal_excluding_tax", .int(subtotal)),
            ("test_clock", .string(testClock)),
            ("threshold_reason", .null),
            ("total", .int(total)),
            ("total_discount_amounts", .array([])),
            ("total_excluding_tax", .int(total)),
            ("total_pretax_credit_amounts", .array(credits.map(Self.creditJSON))),
            ("total_taxes", .array([])),
            ("webhooks_delivered_at", .null),
        ])
    }

    /// One entry of `pretax_credit_amounts`.
    static func creditJSON(_ credit: AppliedCredit) -> JSONValue {
        .object([
            ("amount", .int(credit.amount)),
            ("credit_balance_transaction", .string(credit.transaction)),
            ("discount", .null),
            ("type", .string("credit_balance_transaction")),
        ])
    }

    /// Stripe's JSON for one line (`line_item`): no top-level `price` since basil; the price is
    /// under `pricing.price_details`, the subscription item under `parent`.
    func lineJSON(_ line: Line, livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(line.id)),
            ("object", .string("line_item")),
            ("amount", .int(line.amount)),
            ("currency", .string(currency)),
            ("description", .string(line.description)),
            ("discount_amounts", .array([])),
            ("discountable", .bool(true)),
            ("discounts", .array([])),
            ("invoice", .string(id)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap([:])),
            (
                "parent",
                .object([
                    ("invoice_item_details", .null),
                    (
                        "subscription_item_details",
                        .object([
                            ("invoice_item", .null), ("proration", .bool(false)),
                            ("proration_details", .null),
                            ("subscription", .string(subscription)),
                            ("subscription_item", .string(line.subscriptionItem)),
                        ])
                    ),
                    ("type", .string("subscription_item_details")),
                ])
            ),
            ("period", .object([("end", .int(line.periodEnd)), ("start", .int(line.periodStart))])),
            ("pretax_credit_amounts", .array(line.credits.map(Self.creditJSON))),
            (
                "pricing",
                .object([
                    (
                        "price_details",
                        .object([("price", .string(line.priceID)), ("product", .string(line.productID))])
                    ),
                    ("type", .string("price_details")),
                    ("unit_amount_decimal", .string(line.unitAmountDecimal)),
                ])
            ),
            ("quantity", .int(line.quantity)),
            ("quantity_decimal", .string(String(line.quantity))),
            ("subscription", .string(subscription)),
            ("subtotal", .int(line.amount)),
            ("taxes", .array([])),
        ])
    }
}
