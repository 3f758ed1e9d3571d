import TariffBilling
import TariffStripe

/// The parts of Stripe's objects that billing planning reads, decoded leniently (only the
/// fields named here), so API versions that add fields decode alike.
enum BillingObjects {
    /// A price reference inside an item or line: its id and metadata (`tariff_key`).
    struct PriceRef: Decodable, Sendable {
        var id: String
        var metadata: [String: String]?
    }

    /// `/v1/subscriptions`: items with their (expanded) prices, thresholds and metadata.
    struct Subscription: StripeIdentifiable {
        struct Item: StripeIdentifiable {
            var id: String
            var price: PriceRef
        }

        var id: String
        var customer: StripeExpandable<StripeObjectReference>
        var status: String
        var items: StripeList<Item>
        var billingThresholds: SpendingThreshold?
        var metadata: [String: String]?

        enum CodingKeys: String, CodingKey {
            case id, customer, status, items, metadata
            case billingThresholds = "billing_thresholds"
        }
    }

    /// `/v1/invoices`: a paid invoice and the first page of its lines.
    struct Invoice: StripeIdentifiable {
        struct Transitions: Decodable, Sendable {
            var paidAt: Int?
            enum CodingKeys: String, CodingKey { case paidAt = "paid_at" }
        }

        var id: String
        var customer: StripeExpandable<StripeObjectReference>
        var created: Int
        var statusTransitions: Transitions?
        var lines: StripeList<Line>

        enum CodingKeys: String, CodingKey {
            case id, customer, created, lines
            case statusTransitions = "status_transitions"
        }
    }

    /// An invoice line: the price sits under `pricing.price_details` since API version basil,
    /// at `price` before it.
    struct Line: StripeIdentifiable {
        struct Pricing: Decodable, Sendable {
            struct Details: Decodable, Sendable { var price: String? }
            var priceDetails: Details?
            enum CodingKeys: String, CodingKey { case priceDetails = "price_details" }
        }

        var id: String
        var currency: String
        var amount: Int?
        var quantity: Int?
        var pricing: Pricing?
        var price: PriceRef?

        /// The line's price id under either layout.
        var priceID: String? { pricing?.priceDetails?.price ?? price?.id }
    }

    /// A credit grant or customer balance transaction: only its metadata matters here.
    struct Marked: StripeIdentifiable {
        var id: String
        var metadata: [String: String]?
    }
}

extension BillingObjects {
    /// A monetary amount: `{type: monetary, monetary: {currency, value}}`.
    struct Money: Decodable, Sendable {
        struct Monetary: Decodable, Sendable {
            var currency: String
            var value: Int
        }
        var monetary: Monetary
    }

    /// `/v1/billing/credit_grants`: a grant, its marker, amount, expiry and void.
    struct Grant: StripeIdentifiable {
        var id: String
        var metadata: [String: String]?
        var amount: Money
        var expiresAt: Int?
        var voidedAt: Int?

        enum CodingKeys: String, CodingKey {
            case id, metadata, amount
            case expiresAt = "expires_at"
            case voidedAt = "voided_at"
        }
    }

    /// `/v1/billing/credit_balance_transactions`: a credit (`credit.amount`) or a debit
    /// (`debit.amount`) of a grant.
    struct CreditMovement: StripeIdentifiable {
        struct Side: Decodable, Sendable { var amount: Money }
        var id: String
        var type: String
        var credit: Side?
        var debit: Side?

        /// Positive for a credit, negative for a debit.
        var signedValue: Int {
            type == "debit" ? -(debit?.amount.monetary.value ?? 0) : credit?.amount.monetary.value ?? 0
        }
    }

    /// `/v1/credit_notes`: a credit note's status and the first page of its lines.
    struct CreditNote: StripeIdentifiable {
        /// A credit note line; `invoice_line_item` is set on `type=invoice_line_item` lines.
        struct Line: StripeIdentifiable {
            var id: String
            var amount: Int
            var invoiceLineItem: String?

            enum CodingKeys: String, CodingKey {
                case id, amount
                case invoiceLineItem = "invoice_line_item"
            }
        }

        var id: String
        var status: String
        var lines: StripeList<Line>
    }
}
