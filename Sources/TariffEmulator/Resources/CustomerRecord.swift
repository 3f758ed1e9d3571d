/// A customer (`cus_…`) with its running credit balance.
package struct CustomerRecord: Sendable {
    package var id: String
    package var created: Int
    package var email: String?
    package var name: String?
    package var description: String?
    package var phone: String?
    package var metadata: [String: String] = [:]
    /// Minor units; negative is credit the customer holds.
    package var balance = 0
    package var currency: String?
    /// The prefix of the customer's invoice numbers, generated on creation as Stripe does.
    package var invoicePrefix: String
    /// The test clock the customer is attached to (`clock_…`), set on creation only.
    package var testClock: String?

    /// Stripe's JSON for the customer: every always-present field, `null` where the emulator
    /// has nothing (addresses, sources, discounts), so SDK attribute access works.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("customer")),
            ("address", .null),
            ("balance", .int(balance)),
            ("created", .int(created)),
            ("currency", .string(currency)),
            ("default_source", .null),
            ("delinquent", .bool(false)),
            ("description", .string(description)),
            ("discount", .null),
            ("email", .string(email)),
            ("invoice_prefix", .string(invoicePrefix)),
            (
                "invoice_settings",
                .object([
                    ("custom_fields", .null), ("default_payment_method", .null), ("footer", .null),
                    ("rendering_options", .null),
                ])
            ),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("name", .string(name)),
            ("next_invoice_sequence", .int(1)),
            ("phone", .string(phone)),
            ("preferred_locales", .array([])),
            ("shipping", .null),
            ("tax_exempt", .string("none")),
            ("test_clock", .string(testClock)),
        ])
    }
}

/// A customer balance transaction (`cbtxn_…`); API-created ones are adjustments, the ones an
/// invoice's finalization makes are `applied_to_invoice`.
package struct BalanceTransactionRecord: Sendable {
    package var id: String
    package var created: Int
    package var customer: String
    package var amount: Int
    package var currency: String
    package var description: String?
    package var endingBalance: Int
    package var metadata: [String: String] = [:]
    package var type = "adjustment"
    package var invoice: String?
    /// The credit note that made the transaction (`type=credit_note`).
    package var creditNote: String?

    /// Stripe's JSON for the transaction.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("customer_balance_transaction")),
            ("amount", .int(amount)),
            ("created", .int(created)),
            ("credit_note", .string(creditNote)),
            ("currency", .string(currency)),
            ("customer", .string(customer)),
            ("description", .string(description)),
            ("ending_balance", .int(endingBalance)),
            ("invoice", .string(invoice)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("type", .string(type)),
        ])
    }
}
