package import Foundation

/// One tier of a tiered price; `upTo` nil is the last, unbounded tier (`up_to=inf`).
package struct PriceTierParams: Sendable, Hashable {
    package var upTo: Int?
    package var unitAmount: Int?
    package var unitAmountDecimal: Decimal?
    package var flatAmount: Int?
    package var flatAmountDecimal: Decimal?

    package init(
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
package struct PriceRecurringParams: Sendable, Hashable {
    package var interval: StripePriceInterval
    package var intervalCount: Int?
    package var usageType: StripeUsageType?
    /// The billing meter id; required by Stripe for metered prices.
    package var meter: String?

    package init(
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
package struct TransformQuantityParams: Sendable, Hashable {
    package var divideBy: Int
    package var round: StripeRounding

    package init(divideBy: Int, round: StripeRounding) {
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
package struct CurrencyOptionParams: Sendable, Hashable {
    package var unitAmount: Int?
    package var unitAmountDecimal: Decimal?
    package var tiers: [PriceTierParams]
    package var taxBehavior: StripeTaxBehavior?

    package init(
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
