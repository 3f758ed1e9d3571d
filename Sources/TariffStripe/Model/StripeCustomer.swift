/// A customer (`/v1/customers`); Tariff reads them to map company ids and to migrate subscriptions.
package struct StripeCustomer: StripeIdentifiable, Hashable {
    package let id: String
    package let email: String?
    package let name: String?
    package let description: String?
    package let metadata: [String: String]
    /// The customer's credit balance in minor units (negative is credit), when sent.
    package let balance: Int?
    package let currency: String?
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, email, name, description, metadata, balance, currency, created, livemode
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        balance = try container.decodeIfPresent(Int.self, forKey: .balance)
        currency = try container.decodeIfPresent(String.self, forKey: .currency)
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}

/// One entry of a customer's credit balance (`/v1/customers/{id}/balance_transactions`).
package struct StripeCustomerBalanceTransaction: StripeIdentifiable, Hashable {
    package let id: String
    /// Minor units; negative is a credit to the customer, positive a debit.
    package let amount: Int
    package let currency: String
    package let customer: String
    package let description: String?
    package let type: StripeEnum<StripeBalanceTransactionType>
    /// The customer's balance after this transaction, in minor units.
    package let endingBalance: Int?
    package let metadata: [String: String]
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, amount, currency, customer, description, type, metadata, created, livemode
        case endingBalance = "ending_balance"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        amount = try container.decode(Int.self, forKey: .amount)
        currency = try container.decode(String.self, forKey: .currency)
        customer = try container.decode(StripeExpandable<StripeObjectReference>.self, forKey: .customer).id
        description = try container.decodeIfPresent(String.self, forKey: .description)
        type =
            try container.decodeIfPresent(StripeEnum<StripeBalanceTransactionType>.self, forKey: .type)
            ?? StripeEnum(.adjustment)
        endingBalance = try container.decodeIfPresent(Int.self, forKey: .endingBalance)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}
