extension EmulatorState {
    /// `GET /v1/billing/credit_balance_summary?customer=…&filter[…]`: a customer's billing credit
    /// balance per currency (stripe-usage.md §5.2).
    ///
    /// `filter[type]` is required: `credit_grant` with `filter[credit_grant]` sums that grant;
    /// `applicability_scope` with `filter[applicability_scope][price_type]=metered` sums every
    /// grant (each one applies to metered prices only), with `[prices][N][id]` the grants that may
    /// pay one of those prices. Stripe does not document whether a price-scoped grant counts
    /// under `price_type=metered` [unverified]; the emulator counts it, since its credits do pay
    /// metered prices.
    ///
    /// The ledger balance is what is left of the grants that are neither voided nor expired at the
    /// customer's time; the available balance leaves out grants not effective yet, whose credits
    /// Stripe calls pending ("Billing credits" page, credit grant states).
    func creditBalanceSummaryRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        guard call.method == "GET", call.segments.count == 2 else { throw call.unrecognized }
        try params.rejectUnknown(["customer", "customer_account", "filter"])
        if params.has("customer_account") {
            throw StripeAPIError.rule(
                "customer_account", "The emulator keeps credit balances of customers only.")
        }
        let customerID = try params.requiredString("customer")
        _ = try customer(customerID, param: "customer", inPath: false)
        let counted = try summaryFilter(params, customer: customerID)
        let time = time(forCustomer: customerID, now: call.now)
        var ledger: [String: Int] = [:]
        var available: [String: Int] = [:]
        for grant in creditGrants.newestFirst where grant.customer == customerID && counted(grant) {
            guard grant.voidedAt == nil, grant.expiresAt.map({ time < $0 }) ?? true else { continue }
            let left = remainingCredit(of: grant)
            ledger[grant.currency, default: 0] += left
            if grant.effectiveAt <= time { available[grant.currency, default: 0] += left }
        }
        func money(_ currency: String, _ value: Int) -> JSONValue {
            .object([
                ("monetary", .object([("currency", .string(currency)), ("value", .int(value))])),
                ("type", .string("monetary")),
            ])
        }
        let balances = ledger.keys.sorted().map { currency in
            JSONValue.object([
                ("available_balance", money(currency, available[currency] ?? 0)),
                ("ledger_balance", money(currency, ledger[currency] ?? 0)),
            ])
        }
        return .object([
            ("object", .string("billing.credit_balance_summary")),
            ("balances", .array(balances)),
            ("customer", .string(customerID)),
            ("customer_account", .null),
            ("livemode", .bool(livemode)),
        ])
    }

    /// Which of the customer's grants `filter` selects.
    private func summaryFilter(_ params: FormParams, customer: String) throws -> (CreditGrantRecord) -> Bool {
        guard let filter = try params.object("filter") else { throw StripeAPIError.missing("filter") }
        try filter.rejectUnknown(["applicability_scope", "credit_grant", "type"])
        guard let type = try filter.oneOf("type", ["applicability_scope", "credit_grant"]) else {
            throw StripeAPIError.missing("filter[type]")
        }
        if type == "credit_grant" {
            let id = try filter.requiredString("credit_grant")
            guard creditGrants[id]?.customer == customer else {
                throw StripeAPIError.noSuch("credit grant", id, param: "filter[credit_grant]", inPath: false)
            }
            return { $0.id == id }
        }
        guard let scope = try filter.object("applicability_scope") else {
            throw StripeAPIError.missing("filter[applicability_scope]")
        }
        guard let entries = try Self.scopePrices(scope) else { return { _ in true } }
        let ids = try Set(
            entries.map { entry in
                try entry.rejectUnknown(["id"])
                return try entry.requiredString("id")
            })
        return { grant in grant.prices.map { !ids.isDisjoint(with: $0) } ?? true }
    }

    /// An applicability scope (a grant's `applicability_config[scope]`, a summary's
    /// `filter[applicability_scope]`): nil for `price_type=metered`, else its `prices` entries;
    /// exactly one of the two, as Stripe requires.
    static func scopePrices(_ scope: FormParams) throws(StripeAPIError) -> [FormParams]? {
        try scope.rejectUnknown(["price_type", "prices"])
        let priceType = try scope.oneOf("price_type", ["metered"])
        let entries = try scope.objects("prices")
        if priceType != nil, entries != nil {
            throw .exclusive(scope.name("price_type"), scope.name("prices"))
        }
        if priceType == nil, entries == nil { throw .missing(scope.name("price_type")) }
        return entries
    }
}
