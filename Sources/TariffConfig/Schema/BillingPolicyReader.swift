import Foundation
import TariffDiagnostics

/// Reads the billing policies: a price's `grants:` and a product's `payg:`.
extension SchemaReader {
    /// `grants: { amount, applies_to, category, priority, expires_after, mechanism }`; nil when
    /// it is not a mapping or `amount` is unreadable (already reported).
    mutating func readGrants(_ node: YAMLNode, _ price: String) -> CreditGrantPolicy? {
        let what = "'grants' of \(price)"
        guard let fields = fields(node, .grants, what) else { return nil }
        defer { finish(fields) }
        let amount = required("amount", in: fields).flatMap { self.amount($0, "'amount' of \(what)") }
        let appliesTo = fields.take("applies_to").flatMap { readCreditScope($0, what) }
        let category = fields.take("category").flatMap {
            enumeration($0, CreditCategory.self, "credit category")
        }
        let priority = fields.take("priority").flatMap { integer($0, "'priority' of \(what)") }
        let expiresAfter = fields.take("expires_after").flatMap { readExpiry($0, what) }
        let mechanism = fields.take("mechanism").flatMap {
            enumeration($0, CreditMechanism.self, "credit mechanism")
        }
        guard let amount else { return nil }
        var policy = CreditGrantPolicy(amount: amount, range: node.range)
        if let appliesTo { policy.appliesTo = appliesTo }
        if let category { policy.category = category }
        if let priority { policy.priority = priority }
        if let expiresAfter { policy.expiresAfter = expiresAfter }
        if let mechanism { policy.mechanism = mechanism }
        return policy
    }

    /// `applies_to: metered` or a list of price addresses.
    private mutating func readCreditScope(_ node: YAMLNode, _ what: String) -> Located<CreditScope>? {
        let label = "'applies_to' of \(what)"
        if case .sequence(let items) = node.kind {
            let references = items.compactMap { item -> Located<PriceReference>? in
                guard let text = string(item, "a price address in \(label)") else { return nil }
                if let reference = PriceReference(address: text.value) {
                    return Located(reference, at: item.range)
                }
                bag.error(
                    "grant.invalid-price-address",
                    "'\(text.value.quotedForMessage)' in \(label) is not a price address; expected "
                        + "'products.<product>.prices.<price>'",
                    at: item.range)
                return nil
            }
            guard references.count == items.count else { return nil }
            return Located(.prices(references), at: node.range)
        }
        guard let text = string(node, label) else { return nil }
        if text.value == "metered" { return Located(.allMetered, at: node.range) }
        bag.error(
            "schema.invalid-value",
            "'\(text.value.quotedForMessage)' is not a valid \(label); expected 'metered' (every "
                + "metered price) or a list of price addresses such as [products.api.prices.calls]",
            at: node.range, fixIt: Suggestion.closest(to: text.value, among: ["metered"]))
        return nil
    }

    /// `expires_after: 30d` (a duration after the purchase) or `none`.
    private mutating func readExpiry(_ node: YAMLNode, _ what: String) -> Located<UsageDuration?>? {
        let label = "'expires_after' of \(what)"
        guard let text = string(node, label) else { return nil }
        if text.value == "none" { return Located(nil, at: node.range) }
        if let duration = UsageDuration(parsing: text.value) { return Located(duration, at: node.range) }
        bag.error(
            "grant.invalid-expiry",
            "'\(text.value.quotedForMessage)' is not a valid \(label); expected 'none' or a whole "
                + "number and a unit s, m, h or d, such as '365d'",
            at: node.range)
        return nil
    }

    /// `payg: { threshold, reset_billing_cycle_anchor }`; nil when unreadable (already reported).
    mutating func readPayg(_ node: YAMLNode, _ product: String) -> PaygPolicy? {
        let what = "'payg' of \(product)"
        guard let fields = fields(node, .payg, what) else { return nil }
        defer { finish(fields) }
        let threshold = required("threshold", in: fields).flatMap { amount($0, "'threshold' of \(what)") }
        let reset = fields.take("reset_billing_cycle_anchor").flatMap {
            bool($0, "'reset_billing_cycle_anchor' of \(what)")
        }
        guard let threshold else { return nil }
        return PaygPolicy(
            threshold: threshold, resetBillingCycleAnchor: reset ?? .defaulted(false), range: node.range)
    }
}
