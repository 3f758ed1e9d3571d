import Foundation
import TariffStripe

extension CatalogImporter {
    /// Products (under readable keys, each keeping its Stripe id) and their prices.
    func importProducts(_ live: LiveState, meterKeys: [String: String], into catalog: inout ImportedCatalog) {
        // Every lookup key in the account is taken: a derived price key must not collide with one.
        var priceKeys = ImportKeys(reserved: Set(live.prices.compactMap(\.lookupKey)))
        var productKeys = ImportKeys(reserved: Set(live.products.compactMap(managedKey)))
        let pricesByProduct = Dictionary(grouping: live.prices, by: \.productID)
        for product in live.products.sorted(by: { ($0.created, $0.id) < ($1.created, $1.id) }) {
            let prices = (pricesByProduct[product.id] ?? []).sorted {
                ($0.created, $0.id) < ($1.created, $1.id)
            }
            if let reason = foreignReason(product.metadata) {
                catalog.skipped.append(
                    ImportSkip(kind: "product", id: product.id, label: product.name, reason: reason))
                for price in prices where price.active || options.includeArchived {
                    catalog.skipped.append(
                        ImportSkip(
                            kind: "price", id: price.id, label: price.nickname ?? price.lookupKey,
                            reason: "its product \(product.id) is not imported"))
                }
                continue
            }
            guard product.active || options.includeArchived else {
                catalog.archivedLeftOut += 1 + prices.count
                continue
            }
            let key = productKey(product, keys: &productKeys)
            var imported = ImportedProduct(
                key: key, stripeID: product.id, name: product.name, description: product.description,
                active: product.active,
                metadata: Self.userMetadata(product.metadata), taxCode: product.taxCode,
                unitLabel: product.unitLabel)
            for price in prices {
                guard price.active || options.includeArchived else {
                    catalog.archivedLeftOut += 1
                    continue
                }
                switch importPrice(price, productKey: key, meterKeys: meterKeys, keys: &priceKeys) {
                case .success(let entry):
                    if price.lookupKey == nil { catalog.lookupKeysToSet[price.id] = entry.lookupKey }
                    if product.defaultPriceID == price.id { imported.defaultPrice = entry.key }
                    imported.prices.append(entry)
                case .failure(let skip):
                    catalog.skipped.append(
                        ImportSkip(
                            kind: "price", id: price.id, label: price.nickname ?? price.lookupKey,
                            reason: skip.reason))
                }
            }
            catalog.products.append(imported)
        }
    }

    /// The metadata a YAML entry declares: everything except Tariff's own markers.
    package static func userMetadata(_ metadata: [String: String]) -> [String: String] {
        metadata.filter { $0.key != OwnershipMarker.keyField && $0.key != OwnershipMarker.namespaceField }
    }

    /// Why a price was left out.
    struct PriceSkip: Error {
        var reason: String
    }

    /// One price as a `prices:` entry, or why it cannot be one.
    private func importPrice(
        _ price: LivePrice, productKey: String, meterKeys: [String: String], keys: inout ImportKeys
    ) -> Result<ImportedPrice, PriceSkip> {
        if let reason = foreignReason(price.metadata) { return .failure(PriceSkip(reason: reason)) }
        var meterKey: String?
        if let recurring = price.recurring, recurring.usageType == .metered {
            guard let meterID = recurring.meterID else {
                return .failure(
                    PriceSkip(
                        reason:
                            "metered without a billing meter (legacy usage records, removed in API 2025-03-31.basil)"
                    ))
            }
            guard let key = meterKeys[meterID] else {
                return .failure(
                    PriceSkip(reason: "its meter \(meterID) is not imported (inactive or not expressible)"))
            }
            meterKey = key
        }
        let metered = meterKey != nil
        guard let pricing = Self.pricing(price.amounts, metered: metered) else {
            return .failure(
                PriceSkip(
                    reason:
                        "no amount: customer-chosen amounts (custom_unit_amount) are not part of Tariff's language"
                ))
        }
        var options: [ImportedCurrencyOption] = []
        for currency in price.currencyOptions.keys.sorted() {
            guard let amounts = price.currencyOptions[currency],
                let option = Self.pricing(amounts, metered: metered, package: price.amounts.transformQuantity)
            else {
                return .failure(
                    PriceSkip(reason: "currency option '\(currency)' has no amount Tariff can express"))
            }
            options.append(
                ImportedCurrencyOption(
                    currency: currency, pricing: option,
                    taxBehavior: Self.declaredTax(price.currencyOptionTaxBehavior[currency])))
        }
        let key = priceKey(price, productKey: productKey, keys: &keys)
        return .success(
            ImportedPrice(
                key: key, liveID: price.id, lookupKey: price.lookupKey ?? key, nickname: price.nickname,
                currency: price.currency, interval: price.recurring?.interval.rawValue,
                intervalCount: price.recurring?.intervalCount ?? 1, meter: meterKey, pricing: pricing,
                currencyOptions: options, taxBehavior: Self.declaredTax(price.taxBehavior),
                metadata: Self.userMetadata(price.metadata),
                active: price.active))
    }

    /// The product's `tariff_key` under this namespace, when it can be a product key as it is.
    private func managedKey(_ product: LiveProduct) -> String? {
        guard
            case .managed(let key) = OwnershipMarker.ownership(
                of: product.metadata, namespace: options.namespace),
            ImportKeys.isProductKey(key)
        else { return nil }
        return key
    }

    /// The product's key: its managed `tariff_key`, its own id when someone chose it (not a
    /// generated `prod_…`), else a slug of its name (`Data API` → `data_api`).
    private func productKey(_ product: LiveProduct, keys: inout ImportKeys) -> String {
        if let managed = managedKey(product) { return managed }
        if !product.id.hasPrefix("prod_"), ImportKeys.isProductKey(product.id) {
            return keys.claim(product.id)
        }
        let slug = ImportKeys.slug(product.name)
        return keys.claim(slug.isEmpty ? ImportKeys.slug(product.id) : slug)
    }

    /// The price's key: its managed `tariff_key`, its lookup key, a slug of its nickname, or its
    /// product's key with the period and currency (`data_api_monthly_usd`).
    private func priceKey(_ price: LivePrice, productKey: String, keys: inout ImportKeys) -> String {
        if case .managed(let marker) = OwnershipMarker.ownership(
            of: price.metadata, namespace: options.namespace),
            let dot = marker.firstIndex(of: "."),
            ImportKeys.isReadable(String(marker[marker.index(after: dot)...]))
        {
            // The key an earlier Tariff config gave it; its lookup key stays explicit if it differs.
            let key = String(marker[marker.index(after: dot)...])
            keys.reserve(key)
            return key
        }
        if let lookupKey = price.lookupKey {
            // Lookup keys are unique in Stripe, so the key is free unless a managed key took it.
            let preferred = ImportKeys.isReadable(lookupKey) ? lookupKey : ImportKeys.slug(lookupKey)
            keys.reserve(lookupKey)
            return preferred == lookupKey ? lookupKey : keys.claim(preferred.isEmpty ? "price" : preferred)
        }
        var words = price.nickname.map(ImportKeys.slug) ?? ""
        if words.isEmpty {
            let adjectives = ["day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"]
            let period = price.recurring.map {
                $0.intervalCount == 1
                    ? adjectives[$0.interval.rawValue] ?? $0.interval.rawValue
                    : "every_\($0.intervalCount)_\($0.interval.rawValue)s"
            }
            words = [productKey, period ?? "once", price.currency].joined(separator: "_")
        }
        return keys.claim(words)
    }

    /// Stripe's default `unspecified` is left out of the YAML: the diff only compares a declared
    /// tax behavior, so omitting it changes nothing and keeps the file short.
    static func declaredTax(_ taxBehavior: StripeEnum<StripeTaxBehavior>?) -> String? {
        taxBehavior == .unspecified ? nil : taxBehavior?.rawValue
    }

    /// The pricing model for live amounts; `nil` when there is no amount at all.
    static func pricing(_ amounts: LiveAmounts, metered: Bool, package: LiveTransformQuantity? = nil)
        -> ImportedPricing?
    {
        if let tiers = amounts.tiers, amounts.billingScheme == .tiered {
            return amounts.tiersMode == .volume ? .volume(tiers) : .graduated(tiers)
        }
        guard let amount = amounts.unitAmount else { return nil }
        if let transform = amounts.transformQuantity ?? package {
            return .package(size: transform.divideBy, amount: amount, round: transform.round.rawValue)
        }
        return metered ? .perUnit(amount) : .flat(amount)
    }
}
