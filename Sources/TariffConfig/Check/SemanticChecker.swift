import TariffDiagnostics

/// The semantic rules of DESIGN.md §2 and Stripe's own limits, run on the schema stage's draft
/// before any network call.
///
/// Each rule family lives in its own `SemanticChecker+Topic.swift` file. Rules report and go on;
/// they only read the draft, except that webhook event patterns are expanded into the model.
struct SemanticChecker {
    var bag = DiagnosticBag()
    let declaredMeters: Set<String>
    let declaredPrices: [String: Set<String>]
    let unreadable: Set<UnreadableField>

    init(draft: ConfigDraft) {
        declaredMeters = draft.declaredMeters
        declaredPrices = draft.declaredPrices
        unreadable = draft.unreadable
    }

    /// Whether `price` had `key` written but unreadable: rules about its absence do not apply.
    func isUnreadable(_ key: String, of price: Price) -> Bool {
        unreadable.contains(UnreadableField(entry: price.keyRange, key: key))
    }

    /// Checks `config` and returns it with derived fields (expanded webhook events) filled in.
    mutating func check(_ config: Config) -> Config {
        var config = config
        checkStripe(&config.stripe)
        checkIDMapping(config.idMapping)
        checkMeters(config.meters)
        if let usage = config.usage { checkUsage(usage) }
        checkProducts(config.products)
        checkBillingPolicies(config.products)
        checkLookupKeys(config.prices)
        return config
    }

    /// Reports `value` longer than `limit` characters.
    mutating func checkLength(
        _ value: Located<String>?, max limit: Int, code: String, _ what: String
    ) {
        guard let value, value.value.count > limit else { return }
        bag.error(
            code, "\(what) is \(value.value.count) characters long; Stripe allows at most \(limit)",
            at: value.range)
    }

    /// Reports an empty string where Stripe needs text.
    mutating func checkNotEmpty(_ value: Located<String>?, code: String, _ what: String) {
        guard let value, value.value.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        bag.error(code, "\(what) is empty", at: value.range)
    }
}
