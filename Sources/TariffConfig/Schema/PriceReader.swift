import TariffDiagnostics

/// Reads a product's `prices:` entries.
extension SchemaReader {
    /// One price; `nil` when a required part is unreadable (already reported).
    mutating func readPrice(_ key: Located<String>, _ pair: YAMLNode.Pair, product: String) -> Price? {
        let what = "price '\(key.value.quotedForMessage)'"
        guard let fields = fields(pair.value, .price, what, anchor: pair.key.range) else { return nil }
        defer { finish(fields) }
        let nickname = fields.take("nickname").flatMap { string($0, "'nickname' of \(what)") }
        let currency = required("currency", in: fields).flatMap { string($0, "'currency' of \(what)") }
        let interval = fields.take("interval").flatMap {
            enumeration($0, BillingInterval.self, "billing interval")
        }
        let intervalCount = fields.take("interval_count").flatMap {
            integer($0, "'interval_count' of \(what)")
        }
        let meter = fields.take("meter").flatMap { string($0, "'meter' of \(what)") }
        let pricing = readPricingChoice(fields, what, anchor: pair.key.range)
        let options = fields.take("currency_options").flatMap { readCurrencyOptions($0, what) } ?? []
        let taxBehavior = fields.take("tax_behavior").flatMap {
            enumeration($0, TaxBehavior.self, "tax behavior")
        }
        let lookupKey = fields.take("lookup_key").flatMap { string($0, "'lookup_key' of \(what)") }
        let metadata = fields.take("metadata").flatMap { readMetadata($0, what) } ?? Metadata()
        let active = fields.take("active").flatMap { bool($0, "'active' of \(what)") }
        let protected = fields.take("protected").flatMap { bool($0, "'protected' of \(what)") }
        let onChange = fields.take("on_change").flatMap { readOnChange($0, what) } ?? OnChange()
        let grants = fields.take("grants").flatMap { readGrants($0, what) }
        guard let keyRange = key.range else { return nil }
        noteUnreadable(
            [
                ("interval", interval != nil), ("nickname", nickname != nil), ("meter", meter != nil),
                ("lookup_key", lookupKey != nil),
            ], in: fields, entry: keyRange)
        guard let currency, let pricing else { return nil }
        var price = Price(
            key: key.value, keyRange: keyRange, range: pair.entryRange, productKey: product,
            nickname: nickname, currency: currency, interval: interval,
            intervalCount: intervalCount ?? .defaulted(1), meter: meter, pricing: pricing,
            currencyOptions: options, taxBehavior: taxBehavior, lookupKey: lookupKey,
            metadata: metadata, active: active ?? .defaulted(true),
            protected: protected ?? .defaulted(false), onChange: onChange)
        price.grants = grants
        return price
    }

    /// `on_change: { subscribers, proration }`.
    private mutating func readOnChange(_ node: YAMLNode, _ price: String) -> OnChange? {
        guard let fields = fields(node, .onChange, "'on_change' of \(price)") else { return nil }
        defer { finish(fields) }
        var onChange = OnChange(range: node.range)
        if let value = fields.take("subscribers").flatMap({
            enumeration($0, SubscriberPolicy.self, "subscriber policy")
        }) {
            onChange.subscribers = value
        }
        if let value = fields.take("proration").flatMap({
            enumeration($0, ProrationBehavior.self, "proration behavior")
        }) {
            onChange.proration = value
        }
        return onChange
    }

    /// `currency_options: { eur: { per_unit: "0.18" }, … }`.
    private mutating func readCurrencyOptions(_ node: YAMLNode, _ price: String) -> [CurrencyOption]? {
        guard let entries = entries(node, "'currency_options' of \(price)") else { return nil }
        return entries.compactMap { key, pair in
            let what = "currency option '\(key.value.quotedForMessage)' of \(price)"
            guard let fields = fields(pair.value, .currencyOption, what, anchor: pair.key.range) else {
                return nil
            }
            defer { finish(fields) }
            let pricing = readPricingChoice(fields, what, anchor: pair.key.range)
            let taxBehavior = fields.take("tax_behavior").flatMap {
                enumeration($0, TaxBehavior.self, "tax behavior")
            }
            guard let pricing else { return nil }
            return CurrencyOption(
                currency: key, range: pair.entryRange, pricing: pricing, taxBehavior: taxBehavior)
        }
    }
}
