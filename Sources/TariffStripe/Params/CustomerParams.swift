/// Parameters of `POST /v1/customers` (seeding and tests; Tariff does not manage customers).
package struct CustomerCreateParams: StripeFormEncodable, Hashable {
    package var email: String?
    package var name: String?
    package var description: String?
    package var metadata: [String: String]

    package init(
        email: String? = nil, name: String? = nil, description: String? = nil,
        metadata: [String: String] = [:]
    ) {
        self.email = email
        self.name = name
        self.description = description
        self.metadata = metadata
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("email", ifPresent: email.map { .string($0) })
        form.append("name", ifPresent: name.map { .string($0) })
        form.append("description", ifPresent: description.map { .string($0) })
        form.appendMetadata(metadata)
        return form
    }
}

/// Parameters of `POST /v1/customers/{id}/balance_transactions`: a credit (negative) or debit.
package struct CustomerBalanceTransactionCreateParams: StripeFormEncodable, Hashable {
    /// Minor units; negative credits the customer.
    package var amount: Int
    package var currency: String
    package var description: String?
    package var metadata: [String: String]

    package init(amount: Int, currency: String, description: String? = nil, metadata: [String: String] = [:])
    {
        self.amount = amount
        self.currency = currency
        self.description = description
        self.metadata = metadata
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("amount", .integer(amount))
        form.append("currency", .string(currency))
        form.append("description", ifPresent: description.map { .string($0) })
        form.appendMetadata(metadata)
        return form
    }
}
