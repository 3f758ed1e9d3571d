// Typed calls for customers, subscriptions and customer balances (subscription migrations).

extension StripeClient {
    /// Every customer, optionally only those with exactly this email (case-sensitive, as Stripe matches).
    package func listAllCustomers(email: String? = nil) async throws -> [StripeCustomer] {
        var query = StripeForm()
        query.append("email", ifPresent: email.map { .string($0) })
        return try await listAll("/v1/customers", query: query)
    }

    /// `POST /v1/customers`.
    package func createCustomer(_ params: CustomerCreateParams, idempotencyKey: String? = nil) async throws
        -> StripeCustomer
    {
        try await post("/v1/customers", form: params, idempotencyKey: idempotencyKey)
    }

    /// Every subscription in any status (`status=all`; Stripe's default hides canceled ones),
    /// optionally only those on one price or of one customer. `expand` such as `data.customer`
    /// inlines the customers, saving one request per customer.
    package func listAllSubscriptions(
        price: String? = nil, customer: String? = nil, status: String = "all", expand: [String] = []
    ) async throws -> [StripeSubscription] {
        var query = StripeForm()
        query.append("price", ifPresent: price.map { .string($0) })
        query.append("customer", ifPresent: customer.map { .string($0) })
        query.append("status", .string(status))
        query.appendExpand(expand)
        return try await listAll("/v1/subscriptions", query: query)
    }

    /// Every item of one subscription, for when its embedded `items` list has more.
    package func listAllSubscriptionItems(subscription: String) async throws -> [StripeSubscriptionItem] {
        var query = StripeForm()
        query.append("subscription", .string(subscription))
        return try await listAll("/v1/subscription_items", query: query)
    }

    /// `POST /v1/subscriptions` (seeding and tests).
    package func createSubscription(
        _ params: SubscriptionCreateParams, idempotencyKey: String? = nil
    ) async throws -> StripeSubscription {
        try await post("/v1/subscriptions", form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/subscriptions/{id}`: swap items to new prices, keeping quantities.
    package func updateSubscription(
        _ id: String, _ params: SubscriptionUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripeSubscription {
        try await post(StripePath.make("/v1/subscriptions", id), form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/subscription_items/{id}`: move one item to another price.
    package func updateSubscriptionItem(
        _ id: String, _ params: SubscriptionItemUpdateParams, idempotencyKey: String? = nil
    ) async throws -> StripeSubscriptionItem {
        try await post(
            StripePath.make("/v1/subscription_items", id), form: params, idempotencyKey: idempotencyKey)
    }

    /// `POST /v1/customers/{id}/balance_transactions`: a credit or debit that cannot be undone,
    /// so callers should pass a deterministic idempotency key.
    package func createCustomerBalanceTransaction(
        customer: String, _ params: CustomerBalanceTransactionCreateParams, idempotencyKey: String? = nil
    ) async throws -> StripeCustomerBalanceTransaction {
        try await post(
            StripePath.make("/v1/customers", customer, "balance_transactions"), form: params,
            idempotencyKey: idempotencyKey)
    }
}
