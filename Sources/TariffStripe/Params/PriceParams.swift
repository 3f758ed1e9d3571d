package import Foundation

/// Parameters of `POST /v1/prices`.
///
/// Give exactly one of `unitAmount`, `unitAmountDecimal` or `tiers` (with `billingScheme = .tiered`
/// and `tiersMode`); Stripe rejects the rest, and the plan decides which one a YAML amount becomes.
package struct PriceCreateParams: StripeFormEncodable, Hashable {
    package var product: String
    package var currency: String
    package var unitAmount: Int?
    package var unitAmountDecimal: Decimal?
    package var billingScheme: StripeBillingScheme?
    package var tiersMode: StripeTiersMode?
    package var tiers: [PriceTierParams]
    package var recurring: PriceRecurringParams?
    package var transformQuantity: TransformQuantityParams?
    /// Extra currencies by lowercase code; sent sorted by code.
    package var currencyOptions: [String: CurrencyOptionParams]
    package var lookupKey: String?
    /// Takes `lookupKey` away from the price that holds it, atomically.
    package var transferLookupKey: Bool?
    package var nickname: String?
    package var taxBehavior: StripeTaxBehavior?
    package var metadata: [String: String]
    package var active: Bool?

    package init(
        product: String, currency: String, unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil,
        billingScheme: StripeBillingScheme? = nil, tiersMode: StripeTiersMode? = nil,
        tiers: [PriceTierParams] = [], recurring: PriceRecurringParams? = nil,
        transformQuantity: TransformQuantityParams? = nil,
        currencyOptions: [String: CurrencyOptionParams] = [:],
        lookupKey: String? = nil, transferLookupKey: Bool? = nil, nickname: String? = nil,
        taxBehavior: StripeTaxBehavior? = nil, metadata: [String: String] = [:], active: Bool? = nil
    ) {
        self.product = product
        self.currency = currency
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal
        self.billingScheme = billingScheme
        self.tiersMode = tiersMode
        self.tiers = tiers
        self.recurring = recurring
        self.transformQuantity = transformQuantity
        self.currencyOptions = currencyOptions
        self.lookupKey = lookupKey
        self.transferLookupKey = transferLookupKey
        self.nickname = nickname
        self.taxBehavior = taxBehavior
        self.metadata = metadata
        self.active = active
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("product", .string(product))
        form.append("currency", .string(currency))
        form.append("unit_amount", ifPresent: unitAmount.map { .integer($0) })
        form.append("unit_amount_decimal", ifPresent: unitAmountDecimal.map { .decimal($0) })
        form.append("billing_scheme", ifPresent: billingScheme.map { .string($0.rawValue) })
        form.append("tiers_mode", ifPresent: tiersMode.map { .string($0.rawValue) })
        if !tiers.isEmpty { form.append("tiers", .indexed(tiers.map(\.formValue))) }
        form.append("recurring", ifPresent: recurring?.formValue)
        form.append("transform_quantity", ifPresent: transformQuantity?.formValue)
        if !currencyOptions.isEmpty {
            form.append("currency_options", CurrencyOptionParams.formValue(currencyOptions))
        }
        form.append("lookup_key", ifPresent: lookupKey.map { .string($0) })
        form.append("transfer_lookup_key", ifPresent: transferLookupKey.map { .bool($0) })
        form.append("nickname", ifPresent: nickname.map { .string($0) })
        form.append("tax_behavior", ifPresent: taxBehavior.map { .string($0.rawValue) })
        form.appendMetadata(metadata)
        form.append("active", ifPresent: active.map { .bool($0) })
        return form
    }
}

/// Parameters of `POST /v1/prices/{id}`: only the fields Stripe lets change in place.
package struct PriceUpdateParams: StripeFormEncodable, Hashable {
    /// `false` archives the price (prices cannot be deleted).
    package var active: Bool?
    package var lookupKey: String?
    package var transferLookupKey: Bool?
    package var nickname: String?
    package var taxBehavior: StripeTaxBehavior?
    package var metadata: StripeMetadataPatch?
    /// Replaces the extra currencies, or clears them all.
    package var currencyOptions: StripeEmptyable<[String: CurrencyOptionParams]>?

    package init(
        active: Bool? = nil, lookupKey: String? = nil, transferLookupKey: Bool? = nil,
        nickname: String? = nil,
        taxBehavior: StripeTaxBehavior? = nil, metadata: StripeMetadataPatch? = nil,
        currencyOptions: StripeEmptyable<[String: CurrencyOptionParams]>? = nil
    ) {
        self.active = active
        self.lookupKey = lookupKey
        self.transferLookupKey = transferLookupKey
        self.nickname = nickname
        self.taxBehavior = taxBehavior
        self.metadata = metadata
        self.currencyOptions = currencyOptions
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("active", ifPresent: active.map { .bool($0) })
        form.append("lookup_key", ifPresent: lookupKey.map { .string($0) })
        form.append("transfer_lookup_key", ifPresent: transferLookupKey.map { .bool($0) })
        form.append("nickname", ifPresent: nickname.map { .string($0) })
        form.append("tax_behavior", ifPresent: taxBehavior.map { .string($0.rawValue) })
        form.append("metadata", ifPresent: metadata?.formValue)
        switch currencyOptions {
        case .set(let options): form.append("currency_options", CurrencyOptionParams.formValue(options))
        case .clear: form.append("currency_options", .empty)
        case nil: break
        }
        return form
    }
}
