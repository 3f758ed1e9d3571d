/// Parameters of `POST /v1/customers` (seeding and tests; Tariff does not manage customers).
public struct CustomerCreateParams: StripeFormEncodable, Hashable {
    public var email: String?
    public var name: String?
    public var description: String?
    public var metadata: [String: String]

    public init(
        email: String? = nil, name: String? = nil, description: String? = nil,
        metadata: [String: String] = [:]
    ) {
        self.email = email
        self.name = name
        self.description = description
        self.metadata = metadata
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("email", ifPresent: email.map { .string($0) })
        form.append("name", ifPresent: name.map { .string($0) })
        form.append("description", ifPresent: description.map { .string($0) })
        form.appendMetadata(metadata)
        return form
    }
}

/// Parameters of `POST /v1/customers/{id}/balance_transactions`: a credit (negative) or debit.
public struct CustomerBalanceTransactionCreateParams: StripeFormEncodable, Hashable {
    /// Minor units; negative credits the customer.
    public var amount: Int
    public var currency: String
    public var description: String?
    public var metadata: [String: String]

    public init(amount: Int, currency: String, description: String? = nil, metadata: [String: String] = [:]) {
        self.amount = amount
        self.currency = currency
        self.description = description
        self.metadata = metadata
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("amount", .integer(amount))
        form.append("currency", .string(currency))
        form.append("description", ifPresent: description.map { .string($0) })
        form.appendMetadata(metadata)
        return form
    }
}
