public import Foundation

/// Parameters of `POST /v1/prices`.
///
/// Give exactly one of `unitAmount`, `unitAmountDecimal` or `tiers` (with `billingScheme = .tiered`
/// and `tiersMode`); Stripe rejects the rest, and the plan decides which one a YAML amount becomes.
public struct PriceCreateParams: StripeFormEncodable, Hashable {
    public var product: String
    public var currency: String
    public var unitAmount: Int?
    public var unitAmountDecimal: Decimal?
    public var billingScheme: StripeBillingScheme?
    public var tiersMode: StripeTiersMode?
    public var tiers: [PriceTierParams]
    public var recurring: PriceRecurringParams?
    public var transformQuantity: TransformQuantityParams?
    /// Extra currencies by lowercase code; sent sorted by code.
    public var currencyOptions: [String: CurrencyOptionParams]
    public var lookupKey: String?
    /// Takes `lookupKey` away from the price that holds it, atomically.
    public var transferLookupKey: Bool?
    public var nickname: String?
    public var taxBehavior: StripeTaxBehavior?
    public var metadata: [String: String]
    public var active: Bool?

    public init(
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

    public var stripeForm: StripeForm {
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
public struct PriceUpdateParams: StripeFormEncodable, Hashable {
    /// `false` archives the price (prices cannot be deleted).
    public var active: Bool?
    public var lookupKey: String?
    public var transferLookupKey: Bool?
    public var nickname: String?
    public var taxBehavior: StripeTaxBehavior?
    public var metadata: StripeMetadataPatch?
    /// Replaces the extra currencies, or clears them all.
    public var currencyOptions: StripeEmptyable<[String: CurrencyOptionParams]>?

    public init(
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

    public var stripeForm: StripeForm {
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
