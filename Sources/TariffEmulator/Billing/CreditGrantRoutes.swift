extension EmulatorState {
    /// Stripe's limit on `applicability_config[scope][prices]`.
    static let maximumCreditGrantPrices = 20

    /// `/v1/billing/credit_grants`: create, list (`customer`), retrieve, `…/{id}/void` and
    /// `…/{id}/expire`. A grant is a credit in the customer's credit balance, drawn on by
    /// eligible metered lines when invoices finalize (`Invoicing.swift`).
    mutating func creditGrantsRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("POST", 2):
            return try createCreditGrant(call).json(livemode: livemode)
        case ("GET", 2):
            try params.rejectUnknown(["customer", "limit", "starting_after", "ending_before"])
            let customer = try params.string("customer")
            let slice = try ListPage(params).slice(creditGrants.idsNewestFirst, kind: "credit grant") { id in
                customer.map { creditGrants[id]?.customer == $0 } ?? true
            }
            let data = slice.ids.compactMap { creditGrants[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/billing/credit_grants")
        case ("GET", 3):
            try params.rejectUnknown([])
            return try creditGrant(call.segments[2]).json(livemode: livemode)
        case ("POST", 4) where ["void", "expire"].contains(call.segments[3]):
            try params.rejectUnknown([])
            var grant = try creditGrant(call.segments[2])
            let time = time(forCustomer: grant.customer, now: call.now)
            guard grant.voidedAt == nil else {
                throw StripeAPIError.rule(nil, "The credit grant \(grant.id) is already voided.")
            }
            if call.segments[3] == "void" { grant.voidedAt = time } else { grant.expiresAt = time }
            grant.updated = time
            creditGrants[grant.id] = grant
            return grant.json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    /// `GET /v1/billing/credit_balance_transactions?customer=…[&credit_grant=…]`.
    func creditBalanceTransactionsRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        guard call.method == "GET", call.segments.count == 2 else { throw call.unrecognized }
        try params.rejectUnknown(["customer", "credit_grant", "limit", "starting_after", "ending_before"])
        let customer = try params.requiredString("customer")
        let grant = try params.string("credit_grant")
        let slice = try ListPage(params).slice(
            creditTransactions.idsNewestFirst, kind: "credit balance transaction"
        ) { id in
            guard let transaction = creditTransactions[id] else { return false }
            return transaction.customer == customer && (grant.map { $0 == transaction.grant } ?? true)
        }
        let data = slice.ids.compactMap { creditTransactions[$0]?.json(livemode: livemode) }
        return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/billing/credit_balance_transactions")
    }

    /// Validates and stores a new grant with its `credits_granted` transaction.
    private mutating func createCreditGrant(_ call: EmulatorCall) throws -> CreditGrantRecord {
        let params = call.params
        try params.rejectUnknown([
            "amount", "applicability_config", "category", "customer", "customer_account", "effective_at",
            "expires_at", "metadata", "name", "priority",
        ])
        let (currency, value) = try creditAmount(params)
        let prices = try creditScope(params)
        if params.has("customer_account") {
            throw StripeAPIError.rule("customer_account", "The emulator grants credits to customers only.")
        }
        let customerID = try params.requiredString("customer")
        _ = try customer(customerID, param: "customer", inPath: false)
        let priority = try params.int("priority") ?? 50
        guard (0...100).contains(priority) else {
            throw StripeAPIError.invalid(
                "priority", code: "parameter_invalid_integer", "priority must be between 0 and 100.")
        }
        let time = time(forCustomer: customerID, now: call.now)
        let effectiveAt = try params.int("effective_at") ?? time
        let expiresAt = try params.int("expires_at")
        if let expiresAt, expiresAt <= effectiveAt {
            throw StripeAPIError.rule("expires_at", "expires_at must be after effective_at.")
        }
        var grant = CreditGrantRecord(
            id: newID("credgr"), created: time, updated: time, customer: customerID, currency: currency,
            value: value,
            prices: prices, category: try params.oneOf("category", ["paid", "promotional"]) ?? "paid",
            priority: priority, effectiveAt: effectiveAt, expiresAt: expiresAt,
            name: try params.string("name"),
            testClock: customers[customerID]?.testClock)
        try MetadataPatch.apply(params, to: &grant.metadata)
        creditGrants[grant.id] = grant
        let transaction = CreditBalanceTransactionRecord(
            id: newID("cbtxn"), created: time, effectiveAt: effectiveAt, grant: grant.id,
            customer: customerID,
            currency: currency, amount: value, kind: .granted, testClock: grant.testClock)
        creditTransactions[transaction.id] = transaction
        return grant
    }

    /// `amount[type]=monetary` with `amount[monetary][currency]` and a positive `[value]`.
    private func creditAmount(_ params: FormParams) throws -> (currency: String, value: Int) {
        guard let amount = try params.object("amount") else { throw StripeAPIError.missing("amount") }
        try amount.rejectUnknown(["monetary", "type"])
        guard try amount.oneOf("type", ["monetary"]) != nil else {
            throw StripeAPIError.missing("amount[type]")
        }
        guard let monetary = try amount.object("monetary") else {
            throw StripeAPIError.missing("amount[monetary]")
        }
        try monetary.rejectUnknown(["currency", "value"])
        let currency = try monetary.requiredString("currency").lowercased()
        guard let value = try monetary.int("value") else {
            throw StripeAPIError.missing("amount[monetary][value]")
        }
        guard value > 0 else {
            throw StripeAPIError.invalid(
                "amount[monetary][value]", code: "parameter_invalid_integer",
                "value must be a positive integer.")
        }
        return (currency, value)
    }

    /// `applicability_config[scope]`: `price_type=metered` (nil) or 1–20 metered `prices`.
    private func creditScope(_ params: FormParams) throws -> [String]? {
        guard let config = try params.object("applicability_config") else {
            throw StripeAPIError.missing("applicability_config")
        }
        try config.rejectUnknown(["scope"])
        guard let scope = try config.object("scope") else {
            throw StripeAPIError.missing("applicability_config[scope]")
        }
        guard let entries = try Self.scopePrices(scope) else { return nil }
        guard (1...Self.maximumCreditGrantPrices).contains(entries.count) else {
            throw StripeAPIError.rule(
                "applicability_config[scope][prices]",
                "A credit grant applies to 1 to \(Self.maximumCreditGrantPrices) prices.")
        }
        return try entries.map { entry in
            try entry.rejectUnknown(["id"])
            let id = try entry.requiredString("id")
            guard let price = prices[id] else {
                throw StripeAPIError.noSuch("price", id, param: entry.name("id"), inPath: false)
            }
            guard price.recurring?.meter != nil else {
                throw StripeAPIError.rule(
                    entry.name("id"), "Credit grants apply only to metered prices; \(id) is not.")
            }
            return id
        }
    }

    /// The grant with `id`, or Stripe's `resource_missing`.
    private func creditGrant(_ id: String) throws(StripeAPIError) -> CreditGrantRecord {
        guard let grant = creditGrants[id] else {
            throw .noSuch("credit grant", id, param: "id", inPath: true)
        }
        return grant
    }
}
