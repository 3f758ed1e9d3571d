package import Foundation

/// One tier of a tiered price.
package struct StripePriceTier: Decodable, Sendable, Hashable {
    /// The last unit of this tier; nil for the final, unbounded tier (`inf`).
    package let upTo: Int?
    package let unitAmount: Int?
    package let unitAmountDecimal: Decimal?
    package let flatAmount: Int?
    package let flatAmountDecimal: Decimal?

    enum CodingKeys: String, CodingKey {
        case upTo = "up_to"
        case unitAmount = "unit_amount"
        case unitAmountDecimal = "unit_amount_decimal"
        case flatAmount = "flat_amount"
        case flatAmountDecimal = "flat_amount_decimal"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Stripe sends null for the last tier; accept the request spelling "inf" too.
        if let text = try? container.decodeIfPresent(String.self, forKey: .upTo), text == "inf" {
            upTo = nil
        } else {
            upTo = try container.decodeIfPresent(Int.self, forKey: .upTo)
        }
        unitAmount = try container.decodeIfPresent(Int.self, forKey: .unitAmount)
        unitAmountDecimal = try container.decodeStripeDecimalIfPresent(forKey: .unitAmountDecimal)
        flatAmount = try container.decodeIfPresent(Int.self, forKey: .flatAmount)
        flatAmountDecimal = try container.decodeStripeDecimalIfPresent(forKey: .flatAmountDecimal)
    }
}

/// The amounts of a price in one extra currency (`currency_options[eur]`).
package struct StripeCurrencyOption: Decodable, Sendable, Hashable {
    package let unitAmount: Int?
    package let unitAmountDecimal: Decimal?
    package let tiers: [StripePriceTier]?
    package let taxBehavior: StripeEnum<StripeTaxBehavior>?

    enum CodingKeys: String, CodingKey {
        case tiers
        case unitAmount = "unit_amount"
        case unitAmountDecimal = "unit_amount_decimal"
        case taxBehavior = "tax_behavior"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        unitAmount = try container.decodeIfPresent(Int.self, forKey: .unitAmount)
        unitAmountDecimal = try container.decodeStripeDecimalIfPresent(forKey: .unitAmountDecimal)
        tiers = try container.decodeIfPresent([StripePriceTier].self, forKey: .tiers)
        taxBehavior = try container.decodeIfPresent(StripeEnum<StripeTaxBehavior>.self, forKey: .taxBehavior)
    }
}
