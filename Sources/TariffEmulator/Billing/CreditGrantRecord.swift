/// A billing credit grant (`credgr_…`): monetary credits a customer's metered invoice lines
/// draw on at finalization (stripe-usage.md §5).
package struct CreditGrantRecord: Sendable {
    package var id: String
    package var created: Int
    package var updated: Int
    package var customer: String
    package var currency: String
    /// The granted amount in minor units, positive.
    package var value: Int
    /// The metered prices the credits apply to; nil for `scope[price_type]=metered` (all of them).
    package var prices: [String]?
    package var category: String
    /// 0 is applied first, 100 last.
    package var priority: Int
    package var effectiveAt: Int
    package var expiresAt: Int?
    package var name: String?
    package var metadata: [String: String] = [:]
    package var testClock: String?
    package var voidedAt: Int?

    /// Whether the credits may pay `price` (a metered price) at `time`.
    func applies(to price: String, currency: String, at time: Int) -> Bool {
        voidedAt == nil && effectiveAt <= time && (expiresAt.map { time < $0 } ?? true)
            && currency == self.currency && (prices.map { $0.contains(price) } ?? true)
    }

    func json(livemode: Bool) -> JSONValue {
        let scope: JSONValue =
            prices.map { ids in
                .object([
                    ("price_type", .null), ("prices", .array(ids.map { .object([("id", .string($0))]) })),
                ])
            } ?? .object([("price_type", .string("metered")), ("prices", .null)])
        return .object([
            ("id", .string(id)),
            ("object", .string("billing.credit_grant")),
            (
                "amount",
                .object([
                    ("monetary", .object([("currency", .string(currency)), ("value", .int(value))])),
                    ("type", .string("monetary")),
                ])
            ),
            ("applicability_config", .object([("scope", scope)])),
            ("category", .string(category)),
            ("created", .int(created)),
            ("customer", .string(customer)),
            ("customer_account", .null),
            ("effective_at", .int(effectiveAt)),
            ("expires_at", .int(expiresAt)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("name", .string(name)),
            ("priority", .int(priority)),
            ("test_clock", .string(testClock)),
            ("updated", .int(updated)),
            ("voided_at", .int(voidedAt)),
        ])
    }
}

/// One movement of a customer's billing credits (`cbtxn_…`): a grant (credit) or credits
/// applied to an invoice line (debit).
package struct CreditBalanceTransactionRecord: Sendable {
    package var id: String
    package var created: Int
    package var effectiveAt: Int
    package var grant: String
    package var customer: String
    package var currency: String
    /// Positive for a credit, the applied amount (positive) for a debit.
    package var amount: Int
    /// `credits_granted` (a credit) or `credits_applied` (a debit on `invoice` and `line`).
    package var kind: Kind
    package var testClock: String?

    package enum Kind: Sendable {
        case granted
        case applied(invoice: String, line: String)
    }

    func json(livemode: Bool) -> JSONValue {
        let money: JSONValue = .object([
            ("monetary", .object([("currency", .string(currency)), ("value", .int(amount))])),
            ("type", .string("monetary")),
        ])
        var credit: JSONValue = .null
        var debit: JSONValue = .null
        switch kind {
        case .granted:
            credit = .object([
                ("amount", money), ("credits_application_invoice_voided", .null),
                ("type", .string("credits_granted")),
            ])
        case .applied(let invoice, let line):
            debit = .object([
                ("amount", money),
                (
                    "credits_applied",
                    .object([("invoice", .string(invoice)), ("invoice_line_item", .string(line))])
                ),
                ("type", .string("credits_applied")),
            ])
        }
        let isCredit = if case .granted = kind { true } else { false }
        return .object([
            ("id", .string(id)),
            ("object", .string("billing.credit_balance_transaction")),
            ("created", .int(created)),
            ("credit", credit),
            ("credit_grant", .string(grant)),
            ("debit", debit),
            ("effective_at", .int(effectiveAt)),
            ("livemode", .bool(livemode)),
            ("test_clock", .string(testClock)),
            ("type", .string(isCredit ? "credit" : "debit")),
        ])
    }
}
