import Foundation
package import TariffEngine
import TariffSupport

/// A field value in the JSON plan, in plain JSON where JSON can say it exactly:
///
/// - strings, integers, booleans and string lists as themselves;
/// - money as `{"currency":"usd","minor_units":"0.2","per":"unit"}` — minor units as a decimal
///   *string*, since JSON numbers are read as binary floating point by many consumers; `per` is
///   `unit`, `package` (with `package_size`), or `period` (with `interval`, `null` for a one-time
///   price, and `interval_count`);
/// - tiers as `{"mode":"graduated","currency":"usd","tiers":[{"up_to":1000,"unit_amount":"0",
///   "flat_amount":null}, …]}`, the last `up_to` being `null` for infinity.
package enum ValueV1: Sendable, Hashable, Encodable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case strings([String])
    case amount(AmountV1)
    case tiers(TiersV1)

    package init(_ value: PlanValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .bool(let flag): self = .bool(flag)
        case .strings(let values): self = .strings(values)
        case .amount(let amount): self = .amount(AmountV1(amount))
        case .tiers(let tiers): self = .tiers(TiersV1(tiers))
        // An object created by the plan: its address in words, `(new price products.api.prices.usage)`.
        case .created: self = .string(value.plainText)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .strings(let values): try container.encode(values)
        case .amount(let amount): try container.encode(amount)
        case .tiers(let tiers): try container.encode(tiers)
        }
    }
}

/// A money amount: exact minor units as a decimal string, the currency, and what it is charged per.
package struct AmountV1: Sendable, Hashable, Encodable {
    package var currency: String
    package var minorUnits: String
    /// `unit`, `package` or `period`.
    package var per: String
    package var packageSize: Int?
    package var interval: String?
    package var intervalCount: Int?

    enum CodingKeys: String, CodingKey {
        case currency, per, interval
        case minorUnits = "minor_units"
        case packageSize = "package_size"
        case intervalCount = "interval_count"
    }

    package init(_ amount: PlanAmount) {
        currency = amount.currency
        minorUnits = DecimalText.string(amount.minorUnits)
        switch amount.basis {
        case .unit:
            per = "unit"
        case .package(let size):
            per = "package"
            packageSize = size
        case .period(let interval, let count):
            per = "period"
            self.interval = interval
            intervalCount = count
        }
    }

}

/// The tiers of a graduated or volume price.
package struct TiersV1: Sendable, Hashable, Encodable {
    package var mode: String
    package var currency: String
    package var tiers: [TierV1]

    package init(_ tiers: PlanTiers) {
        mode = tiers.mode
        currency = tiers.currency
        self.tiers = tiers.tiers.map(TierV1.init)
    }

}

/// One tier; `up_to` is `null` for the last, infinite tier, and amounts are decimal strings in
/// minor units.
package struct TierV1: Sendable, Hashable, Encodable {
    package var upTo: Int?
    package var unitAmount: String?
    package var flatAmount: String?

    enum CodingKeys: String, CodingKey {
        case upTo = "up_to"
        case unitAmount = "unit_amount"
        case flatAmount = "flat_amount"
    }

    package init(_ tier: PlanTier) {
        upTo = tier.upTo
        unitAmount = tier.unitAmount.map(DecimalText.string)
        flatAmount = tier.flatAmount.map(DecimalText.string)
    }

    /// Every key is written, `null` included, so that `"up_to": null` visibly means infinity.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(upTo, forKey: .upTo)
        try container.encode(unitAmount, forKey: .unitAmount)
        try container.encode(flatAmount, forKey: .flatAmount)
    }

}

/// Exact decimal text, always with `.` and never an exponent, in both directions.
enum DecimalText {
    static func string(_ value: Decimal) -> String {
        MinorUnits(value).text
    }

}
