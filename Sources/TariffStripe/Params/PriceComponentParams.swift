public import Foundation

/// One tier of a tiered price; `upTo` nil is the last, unbounded tier (`up_to=inf`).
public struct PriceTierParams: Sendable, Hashable {
    public var upTo: Int?
    public var unitAmount: Int?
    public var unitAmountDecimal: Decimal?
    public var flatAmount: Int?
    public var flatAmountDecimal: Decimal?

    public init(
        upTo: Int?, unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil, flatAmount: Int? = nil,
        flatAmountDecimal: Decimal? = nil
    ) {
        self.upTo = upTo
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal
        self.flatAmount = flatAmount
        self.flatAmountDecimal = flatAmountDecimal
    }

    /// `{up_to, unit_amount…, flat_amount…}` in the order Stripe documents them.
    var formValue: StripeFormValue {
        var fields = [StripeFormField("up_to", upTo.map { .integer($0) } ?? .string("inf"))]
        if let unitAmount { fields.append(StripeFormField("unit_amount", .integer(unitAmount))) }
        if let unitAmountDecimal {
            fields.append(StripeFormField("unit_amount_decimal", .decimal(unitAmountDecimal)))
        }
        if let flatAmount { fields.append(StripeFormField("flat_amount", .integer(flatAmount))) }
        if let flatAmountDecimal {
            fields.append(StripeFormField("flat_amount_decimal", .decimal(flatAmountDecimal)))
        }
        return .object(fields)
    }
}

/// `recurring[…]` of a new price.
public struct PriceRecurringParams: Sendable, Hashable {
    public var interval: StripePriceInterval
    public var intervalCount: Int?
    public var usageType: StripeUsageType?
    /// The billing meter id; required by Stripe for metered prices.
    public var meter: String?

    public init(
        interval: StripePriceInterval, intervalCount: Int? = nil, usageType: StripeUsageType? = nil,
        meter: String? = nil
    ) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.usageType = usageType
        self.meter = meter
    }

    var formValue: StripeFormValue {
        var fields = [StripeFormField("interval", .string(interval.rawValue))]
        if let intervalCount { fields.append(StripeFormField("interval_count", .integer(intervalCount))) }
        if let usageType { fields.append(StripeFormField("usage_type", .string(usageType.rawValue))) }
        if let meter { fields.append(StripeFormField("meter", .string(meter))) }
        return .object(fields)
    }
}

/// `transform_quantity[…]`: bill per `divideBy` units, rounding up or down.
public struct TransformQuantityParams: Sendable, Hashable {
    public var divideBy: Int
    public var round: StripeRounding

    public init(divideBy: Int, round: StripeRounding) {
        self.divideBy = divideBy
        self.round = round
    }

    var formValue: StripeFormValue {
        .object([
            StripeFormField("divide_by", .integer(divideBy)),
            StripeFormField("round", .string(round.rawValue)),
        ])
    }
}

/// `currency_options[<code>][…]`: a price's amounts in one extra currency.
public struct CurrencyOptionParams: Sendable, Hashable {
    public var unitAmount: Int?
    public var unitAmountDecimal: Decimal?
    public var tiers: [PriceTierParams]
    public var taxBehavior: StripeTaxBehavior?

    public init(
        unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil, tiers: [PriceTierParams] = [],
        taxBehavior: StripeTaxBehavior? = nil
    ) {
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal
        self.tiers = tiers
        self.taxBehavior = taxBehavior
    }

    var formValue: StripeFormValue {
        var fields: [StripeFormField] = []
        if let unitAmount { fields.append(StripeFormField("unit_amount", .integer(unitAmount))) }
        if let unitAmountDecimal {
            fields.append(StripeFormField("unit_amount_decimal", .decimal(unitAmountDecimal)))
        }
        if !tiers.isEmpty { fields.append(StripeFormField("tiers", .indexed(tiers.map(\.formValue)))) }
        if let taxBehavior { fields.append(StripeFormField("tax_behavior", .string(taxBehavior.rawValue))) }
        return .object(fields)
    }

    /// The whole `currency_options` map, sorted by currency code.
    static func formValue(_ options: [String: CurrencyOptionParams]) -> StripeFormValue {
        .object(
            options.keys.sorted().compactMap { code in
                options[code].map { StripeFormField(code, $0.formValue) }
            })
    }
}
