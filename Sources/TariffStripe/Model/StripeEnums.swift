// The known values of the string enumerations Tariff reads and writes (stripe-api.md §4).
// Each is used through `StripeEnum<…>` in responses, so values outside these lists still decode.

/// A recurring price's billing interval.
package enum StripePriceInterval: String, Sendable, Hashable, CaseIterable {
    case day, week, month, year
}

/// Whether a recurring price bills a fixed quantity (`licensed`) or metered usage.
package enum StripeUsageType: String, Sendable, Hashable, CaseIterable {
    case licensed, metered
}

/// How a price computes its amount: one amount per unit, or tiers.
package enum StripeBillingScheme: String, Sendable, Hashable, CaseIterable {
    case perUnit = "per_unit"
    case tiered
}

/// How tiers apply: each unit at its own tier's rate (`graduated`), or all units at one (`volume`).
package enum StripeTiersMode: String, Sendable, Hashable, CaseIterable {
    case graduated, volume
}

/// Whether a price includes tax. Once `inclusive` or `exclusive`, it cannot change.
package enum StripeTaxBehavior: String, Sendable, Hashable, CaseIterable {
    case exclusive, inclusive, unspecified
}

/// How `transform_quantity` rounds after dividing.
package enum StripeRounding: String, Sendable, Hashable, CaseIterable {
    case down, up
}

/// A price's type, derived by Stripe from whether it has `recurring`.
package enum StripePriceType: String, Sendable, Hashable, CaseIterable {
    case oneTime = "one_time"
    case recurring
}

/// A product's type; create-only, and subscriptions need `service`.
package enum StripeProductType: String, Sendable, Hashable, CaseIterable {
    case good, service
}

/// How a billing meter aggregates events within a period.
package enum StripeMeterFormula: String, Sendable, Hashable, CaseIterable {
    case count, last, sum
}

/// Whether a billing meter accepts events.
package enum StripeMeterStatus: String, Sendable, Hashable, CaseIterable {
    case active, inactive
}

/// A subscription's `billing_mode.type`.
package enum StripeBillingMode: String, Sendable, Hashable, CaseIterable {
    /// Every item bills on one interval.
    case classic
    /// Items may bill on different intervals (the default for new subscriptions).
    case flexible
}

/// The window of pre-aggregated meter events.
package enum StripeEventTimeWindow: String, Sendable, Hashable, CaseIterable {
    case day, hour
}

/// Whether a webhook endpoint receives events.
package enum StripeWebhookStatus: String, Sendable, Hashable, CaseIterable {
    case enabled, disabled
}

/// A subscription's lifecycle status.
package enum StripeSubscriptionStatus: String, Sendable, Hashable, CaseIterable {
    case incomplete
    case incompleteExpired = "incomplete_expired"
    case trialing, active
    case pastDue = "past_due"
    case canceled, unpaid, paused
}

/// How a subscription change is prorated.
package enum StripeProrationBehavior: String, Sendable, Hashable, CaseIterable {
    case createProrations = "create_prorations"
    case alwaysInvoice = "always_invoice"
    case noProrations = "none"
}

/// The kind of a customer balance transaction; API-created ones are `adjustment`.
package enum StripeBalanceTransactionType: String, Sendable, Hashable, CaseIterable {
    case adjustment
    case appliedToInvoice = "applied_to_invoice"
    case creditNote = "credit_note"
    case initial
    case invoiceOverpaid = "invoice_overpaid"
    case invoiceTooLarge = "invoice_too_large"
    case invoiceTooSmall = "invoice_too_small"
    case migration
    case unappliedFromInvoice = "unapplied_from_invoice"
    case unspentReceiverCredit = "unspent_receiver_credit"
}

/// The `type` of Stripe's error object, including the ones only the SDK runtimes mention.
package enum StripeErrorType: String, Sendable, Hashable, CaseIterable {
    case apiError = "api_error"
    case cardError = "card_error"
    case idempotencyError = "idempotency_error"
    case invalidRequestError = "invalid_request_error"
    case rateLimitError = "rate_limit_error"
    case authenticationError = "authentication_error"
}
