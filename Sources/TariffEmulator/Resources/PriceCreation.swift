extension EmulatorState {
    static let taxBehaviors = ["exclusive", "inclusive", "unspecified"]

    /// `POST /v1/prices`: checks every rule of Stripe's create call, then stores the price.
    mutating func createPrice(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "currency", "active", "billing_scheme", "currency_options", "custom_unit_amount", "lookup_key",
            "metadata", "nickname", "product", "product_data", "recurring", "tax_behavior", "tiers",
            "tiers_mode", "transfer_lookup_key", "transform_quantity", "unit_amount", "unit_amount_decimal",
        ])
        let productID: String
        switch (try params.string("product"), try params.object("product_data")) {
        case (.some, .some): throw StripeAPIError.exclusive("product", "product_data")
        case (.none, .none): throw StripeAPIError.missing("product")
        case (.some(let id), .none):
            guard products[id] != nil else {
                throw StripeAPIError.noSuch("product", id, param: "product", inPath: false)
            }
            productID = id
        case (.none, .some(let data)):
            productID = try createInlineProduct(data, now: call.now)
        }
        let expand = try call.expansions(allowed: ["tiers", "currency_options", "product"], list: false)
        let price = try createPrice(from: params, productID: productID, now: call.now)
        return renderPrice(price, expand: expand)
    }

    /// Creates the product of `product_data` and returns its id.
    private mutating func createInlineProduct(_ data: FormParams, now: Int) throws -> String {
        try data.rejectUnknown([
            "active", "id", "metadata", "name", "statement_descriptor", "tax_code", "unit_label",
        ])
        let id = try data.string("id") ?? newID("prod")
        guard products[id] == nil else {
            throw StripeAPIError(
                status: 400, code: "resource_already_exists", param: data.name("id"),
                message: "Product already exists.")
        }
        var product = ProductRecord(id: id, created: now, updated: now, name: try data.requiredString("name"))
        product.active = try data.bool("active") ?? true
        product.statementDescriptor = try data.string("statement_descriptor")
        product.taxCode = try data.string("tax_code")
        product.unitLabel = try data.string("unit_label")
        try MetadataPatch.apply(data, to: &product.metadata)
        products[id] = product
        return id
    }

    /// Validates the price fields of `params` (a create call or `default_price_data`) and stores it.
    mutating func createPrice(from params: FormParams, productID: String, now: Int) throws -> PriceRecord {
        let rawCurrency = try params.requiredString("currency")
        let currency = rawCurrency.lowercased()
        guard currency.count == 3, currency.allSatisfy({ $0.isLetter && $0.isASCII }) else {
            throw StripeAPIError.invalid(
                params.name("currency"),
                "Invalid currency: \(rawCurrency). Stripe currently supports these currencies: usd, eur, gbp, …"
            )
        }
        var price = PriceRecord(id: newID("price"), created: now, productID: productID, currency: currency)
        price.billingScheme = try params.oneOf("billing_scheme", ["per_unit", "tiered"]) ?? "per_unit"
        let amounts = try PriceAmounts(params, scheme: price.billingScheme)
        price.unitAmount = amounts.unitAmount
        price.tiers = amounts.tiers
        price.tiersMode = amounts.tiersMode
        price.customUnitAmount = amounts.custom
        if let recurring = try params.object("recurring") {
            price.recurring = try parseRecurring(recurring)
        }
        if price.customUnitAmount != nil, price.recurring != nil {
            throw StripeAPIError.rule(
                params.name("custom_unit_amount"), "custom_unit_amount is only supported for one-time prices."
            )
        }
        if let transform = try params.object("transform_quantity") {
            try transform.rejectUnknown(["divide_by", "round"])
            guard price.billingScheme == "per_unit" else {
                throw StripeAPIError.rule(
                    params.name("transform_quantity"), "transform_quantity cannot be combined with tiers.")
            }
            guard let divideBy = try transform.int("divide_by") else {
                throw StripeAPIError.missing(transform.name("divide_by"))
            }
            guard divideBy >= 1 else {
                throw StripeAPIError.rule(
                    transform.name("divide_by"), "divide_by must be a positive integer.")
            }
            guard let round = try transform.oneOf("round", ["down", "up"]) else {
                throw StripeAPIError.missing(transform.name("round"))
            }
            price.transformQuantity = (divideBy, round)
        }
        price.taxBehavior = try params.oneOf("tax_behavior", Self.taxBehaviors) ?? "unspecified"
        if let options = try params.object("currency_options") {
            price.currencyOptions = try parseCurrencyOptions(
                options, base: currency, scheme: price.billingScheme)
        }
        price.active = try params.bool("active") ?? true
        price.nickname = try params.emptyableString("nickname") ?? nil
        try MetadataPatch.apply(params, to: &price.metadata)
        if let key = try params.emptyableString("lookup_key") ?? nil {
            try assignLookupKey(
                key, to: &price, transfer: try params.bool("transfer_lookup_key") ?? false,
                param: params.name("lookup_key"))
        } else if params.has("transfer_lookup_key") {
            _ = try params.bool("transfer_lookup_key")
        }
        prices[price.id] = price
        return price
    }

    /// Parses `recurring`: interval rules, and since basil a metered price needs an active meter.
    private func parseRecurring(_ params: FormParams) throws -> PriceRecord.Recurring {
        try params.rejectUnknown(["interval", "interval_count", "meter", "trial_period_days", "usage_type"])
        guard let interval = try params.oneOf("interval", ["day", "week", "month", "year"]) else {
            throw StripeAPIError.missing(params.name("interval"))
        }
        let count = try params.int("interval_count") ?? 1
        let maximum = ["day": 1095, "week": 156, "month": 36, "year": 3][interval] ?? 1
        guard (1...maximum).contains(count) else {
            throw StripeAPIError.rule(
                params.name("interval_count"),
                "Invalid recurring[interval_count]: the maximum billing period is 3 years (\(maximum) \(interval)s)."
            )
        }
        let usageType = try params.oneOf("usage_type", ["licensed", "metered"]) ?? "licensed"
        let meter = try params.string("meter")
        if usageType == "metered" {
            guard let meter else { throw StripeAPIError.missing(params.name("meter")) }
            guard let record = meters[meter] else {
                throw StripeAPIError.noSuch(
                    "billing meter", meter, param: params.name("meter"), inPath: false)
            }
            guard record.status == "active" else {
                throw StripeAPIError.rule(
                    params.name("meter"),
                    "The meter '\(meter)' is inactive; only active meters can be attached to new prices.")
            }
        } else if meter != nil {
            throw StripeAPIError.rule(
                params.name("meter"),
                "A meter can only be set on a price whose recurring[usage_type] is metered.")
        }
        let trial = try params.int("trial_period_days")
        return PriceRecord.Recurring(
            interval: interval, intervalCount: count, usageType: usageType, meter: meter,
            trialPeriodDays: trial)
    }

    /// Parses `currency_options[<code>][…]`; each extra currency follows the base price's scheme.
    private func parseCurrencyOptions(_ params: FormParams, base: String, scheme: String) throws -> [String:
        PriceRecord.CurrencyOption]
    {
        var options: [String: PriceRecord.CurrencyOption] = [:]
        for code in params.keys {
            guard let option = try params.object(code) else { continue }
            guard code == code.lowercased(), code.count == 3, code != base else {
                throw StripeAPIError.invalid(
                    option.path,
                    "Invalid currency_options key: \(code) must be a lowercase currency other than \(base).")
            }
            try option.rejectUnknown([
                "custom_unit_amount", "tax_behavior", "tiers", "unit_amount", "unit_amount_decimal",
            ])
            let amounts = try PriceAmounts(option, scheme: scheme, requireTiersMode: false)
            let tax = try option.oneOf("tax_behavior", Self.taxBehaviors) ?? "unspecified"
            options[code] = PriceRecord.CurrencyOption(
                unitAmount: amounts.unitAmount, tiers: amounts.tiers, taxBehavior: tax)
        }
        return options
    }

    /// Gives `key` to `price`, moving it from the active price holding it only when `transfer` is set.
    ///
    /// Stripe keeps lookup keys unique among active prices; whether an archived price still
    /// blocks its key is unverified, so the emulator lets archived holders keep theirs silently.
    mutating func assignLookupKey(_ key: String, to price: inout PriceRecord, transfer: Bool, param: String)
        throws
    {
        guard key.count <= 200 else {
            throw StripeAPIError.rule(param, "lookup_key must be at most 200 characters.")
        }
        let holders = prices.newestFirst.filter { $0.lookupKey == key && $0.id != price.id }
        for holder in holders {
            if transfer {
                prices[holder.id]?.lookupKey = nil
            } else if holder.active {
                throw StripeAPIError.rule(param, "A price (`\(holder.id)`) already uses that lookup key.")
            }
        }
        price.lookupKey = key
    }

    /// The price rendered with the requested expansions (`tiers`, `currency_options`, `product`).
    func renderPrice(_ price: PriceRecord, expand: Set<String>) -> JSONValue {
        let product = expand.contains("product") ? products[price.productID]?.json(livemode: livemode) : nil
        return price.json(livemode: livemode, expand: expand, product: product)
    }
}
