extension EmulatorState {
    /// `/v1/prices` and `/v1/prices/{price}` (prices cannot be deleted, only archived).
    mutating func pricesRoute(_ call: EmulatorCall) throws -> JSONValue {
        switch (call.method, call.segments.count) {
        case ("POST", 1): return try createPrice(call)
        case ("GET", 1): return try listPrices(call)
        case ("GET", 2):
            try call.params.rejectUnknown([])
            let expand = try call.expansions(allowed: ["tiers", "currency_options", "product"], list: false)
            return renderPrice(try price(call.segments[1], param: "price", inPath: true), expand: expand)
        case ("POST", 2): return try updatePrice(call.segments[1], call)
        default: throw call.unrecognized
        }
    }

    /// The price with `id`, or Stripe's `resource_missing`.
    func price(_ id: String, param: String, inPath: Bool) throws(StripeAPIError) -> PriceRecord {
        guard let price = prices[id] else { throw .noSuch("price", id, param: param, inPath: inPath) }
        return price
    }

    /// `POST /v1/prices/{price}`: only the fields of Stripe's update call are known parameters,
    /// so an immutable field (`unit_amount`, `currency`, `recurring`, …) is a `parameter_unknown`,
    /// which is how Stripe rejects it.
    private mutating func updatePrice(_ id: String, _ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "active", "currency_options", "lookup_key", "metadata", "nickname", "tax_behavior",
            "transfer_lookup_key",
        ])
        let expand = try call.expansions(allowed: ["tiers", "currency_options", "product"], list: false)
        var price = try self.price(id, param: "price", inPath: true)
        if let active = try params.bool("active") {
            if !active, products[price.productID]?.defaultPrice == id {
                throw StripeAPIError.rule(
                    "active",
                    "This price cannot be archived because it is the default price of its product. Set another default_price on product '\(price.productID)' first."
                )
            }
            if active, !price.active, let key = price.lookupKey,
                let holder = prices.newestFirst.first(where: {
                    $0.active && $0.lookupKey == key && $0.id != id
                })
            {
                throw StripeAPIError.rule(
                    "lookup_key", "A price (`\(holder.id)`) already uses that lookup key.")
            }
            price.active = active
        }
        if let behavior = try params.oneOf("tax_behavior", Self.taxBehaviors), behavior != price.taxBehavior {
            guard price.taxBehavior == "unspecified", behavior != "unspecified" else {
                throw StripeAPIError.rule(
                    "tax_behavior", "tax_behavior cannot be changed once it is inclusive or exclusive.")
            }
            price.taxBehavior = behavior
        }
        if let nickname = try params.emptyableString("nickname") { price.nickname = nickname }
        try MetadataPatch.apply(params, to: &price.metadata)
        if let key = try params.emptyableString("lookup_key") {
            if let key {
                try assignLookupKey(
                    key, to: &price, transfer: try params.bool("transfer_lookup_key") ?? false,
                    param: "lookup_key")
            } else {
                price.lookupKey = nil
            }
        }
        if params.isEmptied("currency_options") {
            price.currencyOptions = [:]
        } else if let options = try params.object("currency_options") {
            try updateCurrencyOptions(options, of: &price)
        }
        prices[id] = price
        return renderPrice(price, expand: expand)
    }

    /// Sets or replaces the extra currencies sent, leaving the others as they are; the base
    /// currency cannot be edited this way.
    ///
    /// Stripe documents that an update sets the values of the parameters passed and leaves the
    /// others unchanged, and types `currency_options` as `""` (which removes every option) or a
    /// map of currency to option *object*: nothing removes one currency alone, so
    /// `currency_options[eur]=` is refused as the malformed value it is for Stripe's types.
    private func updateCurrencyOptions(_ params: FormParams, of price: inout PriceRecord) throws {
        for code in params.keys {
            guard let option = try params.object(code) else { continue }
            guard code != price.currency, code.count == 3, code == code.lowercased() else {
                throw StripeAPIError.invalid(option.path, "Invalid currency_options key: \(code).")
            }
            try option.rejectUnknown([
                "custom_unit_amount", "tax_behavior", "tiers", "unit_amount", "unit_amount_decimal",
            ])
            let amounts = try PriceAmounts(option, scheme: price.billingScheme, requireTiersMode: false)
            let tax = try option.oneOf("tax_behavior", Self.taxBehaviors) ?? "unspecified"
            price.currencyOptions[code] = PriceRecord.CurrencyOption(
                unitAmount: amounts.unitAmount, tiers: amounts.tiers, taxBehavior: tax)
        }
    }

    /// `GET /v1/prices`: active prices only unless `active=false`, filters of Stripe's reference.
    private func listPrices(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "limit", "starting_after", "ending_before", "active", "currency", "lookup_keys", "product",
            "recurring", "type",
        ])
        let expand = try call.expansions(allowed: ["tiers", "currency_options", "product"], list: true)
        let page = try ListPage(params)
        let active = try params.bool("active") ?? true
        let currency = try params.string("currency")?.lowercased()
        let product = try params.string("product")
        let type = try params.oneOf("type", ["one_time", "recurring"])
        let lookupKeys = try params.strings("lookup_keys").map(Set.init)
        if let lookupKeys, lookupKeys.count > 10 {
            throw StripeAPIError.rule("lookup_keys", "You may pass at most 10 lookup_keys.")
        }
        var interval: String?
        var usageType: String?
        var meter: String?
        if let recurring = try params.object("recurring") {
            try recurring.rejectUnknown(["interval", "meter", "usage_type"])
            interval = try recurring.oneOf("interval", ["day", "week", "month", "year"])
            usageType = try recurring.oneOf("usage_type", ["licensed", "metered"])
            meter = try recurring.string("meter")
        }
        let slice = try page.slice(prices.idsNewestFirst, kind: "price") { id in
            guard let price = prices[id] else { return false }
            return price.active == active && (currency == nil || price.currency == currency)
                && (product == nil || price.productID == product)
                && (type == nil || (type == "recurring") == (price.recurring != nil))
                && (lookupKeys == nil || price.lookupKey.map { lookupKeys?.contains($0) ?? false } == true)
                && (interval == nil || price.recurring?.interval == interval)
                && (usageType == nil || price.recurring?.usageType == usageType)
                && (meter == nil || price.recurring?.meter == meter)
        }
        let data = slice.ids.compactMap { id in prices[id].map { renderPrice($0, expand: expand) } }
        return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/prices")
    }
}
