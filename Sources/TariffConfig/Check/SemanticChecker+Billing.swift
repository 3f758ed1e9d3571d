import Foundation
import TariffDiagnostics

/// Rules for the billing policies: a price's `grants:` and a product's `payg:`.
extension SemanticChecker {
    /// Stripe's limit on `applicability_config.scope.prices`.
    static let maximumGrantPrices = 20
    /// Stripe's range for a credit grant's `priority`.
    static let grantPriorities = 0...100

    /// Every price's `grants:` and every product's `payg:`.
    mutating func checkBillingPolicies(_ products: [Product]) {
        let prices = Dictionary(
            products.flatMap { product in
                product.prices.map { (PriceReference(product: product.key, price: $0.key), $0) }
            },
            uniquingKeysWith: { first, _ in first })
        for product in products {
            if let payg = product.payg { checkPayg(payg, of: product) }
            for price in product.prices {
                guard let grants = price.grants else { continue }
                checkGrants(grants, of: price, prices: prices)
            }
        }
    }

    /// Amount, priority and scope of one price's `grants:`.
    private mutating func checkGrants(
        _ grants: CreditGrantPolicy, of price: Price, prices: [PriceReference: Price]
    ) {
        let what = "'grants' of price '\(price.productKey).\(price.key)'"
        if price.isMetered {
            bag.error(
                "grant.on-metered-price",
                "\(what): a metered price cannot grant credits, since its purchase is its usage; put "
                    + "'grants' on the price customers buy credits with (a one-time credit pack)",
                at: grants.range)
        }
        checkPositiveWholeAmount(grants.amount, code: "grant.invalid-amount", "the 'amount' of \(what)")
        let priority = grants.priority
        if !Self.grantPriorities.contains(priority.value) {
            bag.error(
                "grant.invalid-priority",
                "the 'priority' of \(what) is \(priority.value); Stripe takes 0 (applied first) to 100 "
                    + "(applied last)",
                at: priority.range ?? grants.range)
        }
        if grants.mechanism.value == .customerBalance {
            warnIgnoredByBalance(grants, what)
        } else if case .prices(let references) = grants.appliesTo.value {
            checkGrantPrices(references, at: grants.appliesTo.range ?? grants.range, of: price, prices, what)
        }
    }

    /// A balance credit pays any invoice line: scope, category, priority and expiry do not apply.
    private mutating func warnIgnoredByBalance(_ grants: CreditGrantPolicy, _ what: String) {
        let ignored: [(String, SourceRange?)] = [
            ("applies_to", grants.appliesTo.range), ("category", grants.category.range),
            ("priority", grants.priority.range), ("expires_after", grants.expiresAfter.range),
        ]
        for (key, range) in ignored {
            guard let range else { continue }
            bag.warning(
                "grant.ignored-by-balance",
                "'\(key)' of \(what) has no effect with 'mechanism: customer_balance': a balance credit "
                    + "pays the next invoice whatever its lines; remove it or use 'credit_grant'",
                at: range)
        }
    }

    /// 1–20 addresses, each of a declared metered price in the granting price's currency.
    private mutating func checkGrantPrices(
        _ references: [Located<PriceReference>], at range: SourceRange, of granting: Price,
        _ prices: [PriceReference: Price], _ what: String
    ) {
        if references.isEmpty {
            bag.error(
                "grant.no-prices",
                "the 'applies_to' list of \(what) is empty; name the metered prices the credits pay for, "
                    + "or write 'applies_to: metered' for all of them",
                at: range, fixIt: "metered")
        }
        if references.count > Self.maximumGrantPrices {
            bag.error(
                "grant.too-many-prices",
                "the 'applies_to' list of \(what) names \(references.count) prices; Stripe allows at most "
                    + "\(Self.maximumGrantPrices), so use 'applies_to: metered' or split the credit pack",
                at: range)
        }
        var seen: Set<PriceReference> = []
        for reference in references {
            let target = reference.value
            if !seen.insert(target).inserted {
                bag.warning(
                    "grant.duplicate-price", "\(what) names '\(target)' more than once", at: reference.range)
                continue
            }
            guard let price = prices[target] else {
                if declaredPrices[target.product]?.contains(target.price) == true { continue }
                let known = prices.values.filter(\.isMetered).map {
                    PriceReference(product: $0.productKey, price: $0.key).description
                }
                bag.error(
                    "grant.unknown-price",
                    "\(what) names '\(target)', which is not a price of this config",
                    at: reference.range,
                    fixIt: Suggestion.closest(to: target.description, among: known.sorted()))
                continue
            }
            if !price.isMetered {
                bag.error(
                    "grant.price-not-metered",
                    "\(what) names '\(target)', which is not metered; Stripe applies billing credits only "
                        + "to metered prices",
                    at: reference.range)
            } else if price.currency.value != granting.currency.value {
                bag.warning(
                    "grant.currency-mismatch",
                    "\(what) grants '\(granting.currency.value)' credits but '\(target)' is priced in "
                        + "'\(price.currency.value)'; the credits would never pay for it",
                    at: reference.range)
            }
        }
    }

    /// The threshold is a positive whole amount; the product has recurring prices to subscribe to.
    private mutating func checkPayg(_ payg: PaygPolicy, of product: Product) {
        let what = "'payg' of product '\(product.key.quotedForMessage)'"
        checkPositiveWholeAmount(payg.threshold, code: "payg.invalid-threshold", "the 'threshold' of \(what)")
        if !product.prices.contains(where: \.isRecurring) {
            bag.warning(
                "payg.no-recurring-prices",
                "\(what) sets a spending threshold, but the product has no recurring price, so no "
                    + "subscription will ever carry it",
                at: payg.range)
        }
    }

    /// `amount` is at least 1 and a whole number of minor units (Stripe takes integers here).
    private mutating func checkPositiveWholeAmount(_ amount: Located<Decimal>, code: String, _ what: String) {
        var value = amount.value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        if rounded != amount.value {
            bag.error(
                code,
                "\(what) is \(amount.value) minor units; Stripe takes a whole number of minor units here",
                at: amount.range, fixIt: rounded > 0 ? "\(rounded)" : nil)
        } else if amount.value < 1 {
            bag.error(code, "\(what) is \(amount.value); it must be at least 1 minor unit", at: amount.range)
        }
    }
}
