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

    /// Stripe's JSON for the customer.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("customer")),
            ("balance", .int(balance)),
            ("created", .int(created)),
            ("currency", .string(currency)),
            ("delinquent", .bool(false)),
            ("description", .string(description)),
            ("email", .string(email)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("name", .string(name)),
            ("phone", .string(phone)),
        ])
    }
}

/// A customer balance transaction (`cbtxn_…`); API-created ones are adjustments.
package struct BalanceTransactionRecord: Sendable {
    package var id: String
    package var created: Int
    package var customer: String
    package var amount: Int
    package var currency: String
    package var description: String?
    package var endingBalance: Int
    package var metadata: [String: String] = [:]

    /// Stripe's JSON for the transaction.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("customer_balance_transaction")),
            ("amount", .int(amount)),
            ("created", .int(created)),
            ("credit_note", .null),
            ("currency", .string(currency)),
            ("customer", .string(customer)),
            ("description", .string(description)),
            ("ending_balance", .int(endingBalance)),
            ("invoice", .null),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("type", .string("adjustment")),
        ])
    }
}
