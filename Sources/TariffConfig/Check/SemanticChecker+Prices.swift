import TariffDiagnostics

/// Rules for a product's prices.
extension SemanticChecker {
    static let maximumLookupKeyLength = 200
    static let maximumNicknameLength = 5000

    /// Currency, recurrence, meter, pricing model and currency options of one price.
    mutating func checkPrice(_ price: Price, of product: Product) {
        let what = "price '\(price.key.quotedForMessage)'"
        checkCurrency(price.currency, what)
        checkRecurrence(price, what)
        checkMeterLink(price, what)
        checkPricing(price.pricing, what)
        checkCurrencyOptions(price, what)
        checkLength(
            price.lookupKey, max: Self.maximumLookupKeyLength, code: "price.lookup-key-too-long",
            "the lookup key of \(what)")
        checkNotEmpty(price.lookupKey, code: "price.empty-lookup-key", "the lookup key of \(what)")
        checkLength(
            price.nickname, max: Self.maximumNicknameLength, code: "price.nickname-too-long",
            "the nickname of \(what)")
        checkMetadata(price.metadata, what)
        if price.onChange.subscribers.value == .grandfather, let range = price.onChange.proration.range {
            bag.warning(
                "price.proration-unused",
                "\(what) grandfathers its subscribers, so 'proration' never applies",
                at: range)
        }
    }

    /// A lowercase ISO 4217 code that Stripe supports.
    mutating func checkCurrency(_ currency: Located<String>, _ what: String) {
        let code = currency.value
        guard !Currencies.supported.contains(code) else { return }
        let lower = code.lowercased()
        if Currencies.supported.contains(lower) {
            bag.error(
                "price.currency-case",
                "currency '\(code)' of \(what) must be lowercase, as Stripe spells it", at: currency.range,
                fixIt: lower)
        } else {
            bag.error(
                "price.unknown-currency",
                "'\(code.quotedForMessage)' of \(what) is not a currency Stripe supports; expected a "
                    + "lowercase ISO 4217 code such as 'usd' or 'eur'",
                at: currency.range, fixIt: Suggestion.closest(to: lower, among: Currencies.supported.sorted())
            )
        }
    }

    /// `interval_count` is 1 or more and spans at most three years; it needs an `interval`.
    private mutating func checkRecurrence(_ price: Price, _ what: String) {
        let count = price.intervalCount
        guard let interval = price.interval else {
            if let range = count.range, !isUnreadable("interval", of: price) {
                bag.error(
                    "price.interval-count-without-interval",
                    "\(what) sets 'interval_count' but no 'interval'; one-time prices have no interval",
                    at: range)
            }
            return
        }
        let maximum = interval.value.maximumCount
        if count.value < 1 || count.value > maximum {
            bag.error(
                "price.invalid-interval-count",
                "'interval_count' of \(what) is \(count.value); with interval '\(interval.value.rawValue)' "
                    + "it must be 1 to \(maximum) (Stripe's limit is three years)",
                at: count.range)
        }
    }

    /// A metered price names a declared meter, recurs, is priced per unit of usage, and
    /// should have a nickname (it is what invoices show).
    private mutating func checkMeterLink(_ price: Price, _ what: String) {
        guard let meter = price.meter else { return }
        if !declaredMeters.contains(meter.value) {
            bag.error(
                "price.unknown-meter",
                "\(what) refers to meter '\(meter.value.quotedForMessage)', which is not declared under 'meters'",
                at: meter.range, fixIt: Suggestion.closest(to: meter.value, among: declaredMeters.sorted()))
        }
        if price.interval == nil, !isUnreadable("interval", of: price) {
            bag.error(
                "price.metered-one-time",
                "\(what) is metered but has no 'interval'; usage is billed per period, so add one such as 'interval: month'",
                at: meter.range)
        }
        if case .flat = price.pricing.value {
            bag.error(
                "price.metered-flat",
                "\(what) is metered, but 'flat' is a fixed amount that ignores usage; use 'per_unit', "
                    + "'graduated', 'volume' or 'package'",
                at: price.pricing.range)
        }
        if price.nickname == nil, !isUnreadable("nickname", of: price) {
            bag.warning(
                "price.metered-without-nickname",
                "metered \(what) has no 'nickname'; invoices show it as the line item's description",
                at: price.keyRange)
        }
    }

    /// Lookup keys are unique across the whole config: Stripe holds each on one price only.
    mutating func checkLookupKeys(_ prices: [Price]) {
        var owners: [String: Price] = [:]
        for price in prices where !isUnreadable("lookup_key", of: price) {
            let key = price.lookupKey.value
            guard let other = owners[key] else {
                owners[key] = price
                continue
            }
            bag.error(
                "price.duplicate-lookup-key",
                "price '\(price.productKey).\(price.key)' has lookup key '\(key.quotedForMessage)', which price "
                    + "'\(other.productKey).\(other.key)' already uses; Stripe lets one price hold a lookup key",
                at: price.lookupKey.range ?? price.keyRange,
                notes: [DiagnosticNote("already used here", at: other.lookupKey.range ?? other.keyRange)])
        }
    }
}
