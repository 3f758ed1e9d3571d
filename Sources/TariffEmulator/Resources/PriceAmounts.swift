/// The amount fields of a price (or of one of its currency options), validated together.
///
/// Stripe wants exactly one way of pricing: `unit_amount`, `unit_amount_decimal` or
/// `custom_unit_amount` for `per_unit`, and `tiers` with `tiers_mode` for `tiered`.
struct PriceAmounts {
    var unitAmount: DecimalAmount?
    var tiers: [PriceRecord.Tier] = []
    var tiersMode: String?
    var custom: (minimum: Int?, maximum: Int?, preset: Int?)?

    /// Reads and cross-checks the amount fields of `params` for the given `billing_scheme`.
    init(_ params: FormParams, scheme: String, requireTiersMode: Bool = true) throws {
        let integer = try params.int("unit_amount")
        let decimal = try params.decimal("unit_amount_decimal")
        if integer != nil, decimal != nil {
            throw StripeAPIError.exclusive(params.name("unit_amount"), params.name("unit_amount_decimal"))
        }
        if let integer, integer < 0 {
            throw StripeAPIError.rule(
                params.name("unit_amount"), "unit_amount must be a non-negative integer.")
        }
        unitAmount = integer.map(DecimalAmount.init(integer:)) ?? decimal
        if let customParams = try params.object("custom_unit_amount") {
            try customParams.rejectUnknown(["enabled", "maximum", "minimum", "preset"])
            guard try customParams.bool("enabled") == true else {
                throw StripeAPIError.missing(customParams.name("enabled"))
            }
            custom = (
                try customParams.int("minimum"), try customParams.int("maximum"),
                try customParams.int("preset")
            )
        }
        let tierParams = try params.objects("tiers")
        if scheme == "tiered" {
            if unitAmount != nil || custom != nil {
                throw StripeAPIError.rule(
                    params.name(integer != nil ? "unit_amount" : "unit_amount_decimal"),
                    "unit_amount cannot be set when billing_scheme=tiered; set the amounts on each tier.")
            }
            guard let tierParams, !tierParams.isEmpty else {
                throw StripeAPIError.missing(params.name("tiers"))
            }
            tiers = try Self.parseTiers(tierParams, name: params.name("tiers"))
            tiersMode = try params.oneOf("tiers_mode", ["graduated", "volume"])
            if requireTiersMode, tiersMode == nil { throw StripeAPIError.missing(params.name("tiers_mode")) }
        } else {
            if tierParams != nil {
                throw StripeAPIError.rule(
                    params.name("tiers"), "Tiers may only be set when billing_scheme=tiered.")
            }
            if params.has("tiers_mode") {
                throw StripeAPIError.rule(
                    params.name("tiers_mode"), "tiers_mode may only be set when billing_scheme=tiered.")
            }
            let count = [unitAmount != nil, custom != nil].filter { $0 }.count
            if count == 0 { throw StripeAPIError.missing(params.name("unit_amount")) }
            if count > 1 {
                throw StripeAPIError.exclusive(params.name("unit_amount"), params.name("custom_unit_amount"))
            }
        }
    }

    /// Parses the tiers: `up_to` ascending integers, only the last one `inf`.
    private static func parseTiers(_ tierParams: [FormParams], name: String) throws -> [PriceRecord.Tier] {
        var tiers: [PriceRecord.Tier] = []
        for (index, tier) in tierParams.enumerated() {
            try tier.rejectUnknown([
                "flat_amount", "flat_amount_decimal", "unit_amount", "unit_amount_decimal", "up_to",
            ])
            guard let upToText = try tier.string("up_to") else {
                throw StripeAPIError.missing(tier.name("up_to"))
            }
            let isLast = index == tierParams.count - 1
            var upTo: Int?
            if upToText == "inf" {
                guard isLast else {
                    throw StripeAPIError.rule(tier.name("up_to"), "Only the last tier may have up_to=inf.")
                }
            } else {
                guard let value = Int(upToText), value > 0 else {
                    throw StripeAPIError.invalid(
                        tier.name("up_to"), code: "parameter_invalid_integer", "Invalid integer: \(upToText)")
                }
                guard !isLast else {
                    throw StripeAPIError.rule(tier.name("up_to"), "The last tier must have up_to=inf.")
                }
                if let previous = tiers.last?.upTo, value <= previous {
                    throw StripeAPIError.rule(
                        tier.name("up_to"), "Tiers must be sorted by up_to in ascending order.")
                }
                upTo = value
            }
            let unit = try amount(tier, "unit_amount")
            let flat = try amount(tier, "flat_amount")
            guard unit != nil || flat != nil else {
                throw StripeAPIError.missing("\(name)[\(index)][unit_amount]")
            }
            tiers.append(PriceRecord.Tier(upTo: upTo, unitAmount: unit, flatAmount: flat))
        }
        return tiers
    }

    /// Reads `<field>` or `<field>_decimal`, which exclude each other.
    private static func amount(_ params: FormParams, _ field: String) throws -> DecimalAmount? {
        let integer = try params.int(field)
        let decimal = try params.decimal("\(field)_decimal")
        if integer != nil, decimal != nil {
            throw StripeAPIError.exclusive(params.name(field), params.name("\(field)_decimal"))
        }
        if let integer, integer < 0 {
            throw StripeAPIError.rule(params.name(field), "\(field) must be non-negative.")
        }
        return integer.map(DecimalAmount.init(integer:)) ?? decimal
    }
}
