import Foundation
public import TariffEngine
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
public enum ValueV1: Sendable, Hashable, Codable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case strings([String])
    case amount(AmountV1)
    case tiers(TiersV1)

    public init(_ value: PlanValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .bool(let flag): self = .bool(flag)
        case .strings(let values): self = .strings(values)
        case .amount(let amount): self = .amount(AmountV1(amount))
        case .tiers(let tiers): self = .tiers(TiersV1(tiers))
        }
    }

    /// The engine's value.
    public func planValue() throws -> PlanValue {
        switch self {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .bool(let flag): .bool(flag)
        case .strings(let values): .strings(values)
        case .amount(let amount): .amount(try amount.planAmount())
        case .tiers(let tiers): .tiers(try tiers.planTiers())
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let values = try? container.decode([String].self) {
            self = .strings(values)
        } else if let tiers = try? container.decode(TiersV1.self) {
            self = .tiers(tiers)
        } else {
            self = .amount(try container.decode(AmountV1.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
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
public struct AmountV1: Sendable, Hashable, Codable {
    public var currency: String
    public var minorUnits: String
    /// `unit`, `package` or `period`.
    public var per: String
    public var packageSize: Int?
    public var interval: String?
    public var intervalCount: Int?

    enum CodingKeys: String, CodingKey {
        case currency, per, interval
        case minorUnits = "minor_units"
        case packageSize = "package_size"
        case intervalCount = "interval_count"
    }

    public init(_ amount: PlanAmount) {
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

    /// The engine's amount.
    public func planAmount() throws -> PlanAmount {
        let minor = try DecimalText.decimal(minorUnits, field: "minor_units")
        let basis: AmountBasis
        switch per {
        case "unit": basis = .unit
        case "package": basis = .package(size: packageSize ?? 1)
        case "period": basis = .period(interval: interval, count: intervalCount ?? 1)
        default: throw PlanDocumentError(field: "per", value: per)
        }
        return PlanAmount(minorUnits: minor, currency: currency, basis: basis)
    }
}

/// The tiers of a graduated or volume price.
public struct TiersV1: Sendable, Hashable, Codable {
    public var mode: String
    public var currency: String
    public var tiers: [TierV1]

    public init(_ tiers: PlanTiers) {
        mode = tiers.mode
        currency = tiers.currency
        self.tiers = tiers.tiers.map(TierV1.init)
    }

    /// The engine's tiers.
    public func planTiers() throws -> PlanTiers {
        PlanTiers(mode: mode, currency: currency, tiers: try tiers.map { try $0.planTier() })
    }
}

/// One tier; `up_to` is `null` for the last, infinite tier, and amounts are decimal strings in
/// minor units.
public struct TierV1: Sendable, Hashable, Codable {
    public var upTo: Int?
    public var unitAmount: String?
    public var flatAmount: String?

    enum CodingKeys: String, CodingKey {
        case upTo = "up_to"
        case unitAmount = "unit_amount"
        case flatAmount = "flat_amount"
    }

    public init(_ tier: PlanTier) {
        upTo = tier.upTo
        unitAmount = tier.unitAmount.map(DecimalText.string)
        flatAmount = tier.flatAmount.map(DecimalText.string)
    }

    /// Every key is written, `null` included, so that `"up_to": null` visibly means infinity.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(upTo, forKey: .upTo)
        try container.encode(unitAmount, forKey: .unitAmount)
        try container.encode(flatAmount, forKey: .flatAmount)
    }

    /// The engine's tier.
    public func planTier() throws -> PlanTier {
        PlanTier(
            upTo: upTo,
            unitAmount: try unitAmount.map { try DecimalText.decimal($0, field: "unit_amount") },
            flatAmount: try flatAmount.map { try DecimalText.decimal($0, field: "flat_amount") })
    }
}

/// Exact decimal text, always with `.` and never an exponent, in both directions.
enum DecimalText {
    static func string(_ value: Decimal) -> String {
        MinorUnits(value).text
    }

    /// Reads a decimal written as plain digits with an optional sign and `.` (what `string(_:)`
    /// writes); anything else, such as `1e3` or `12abc`, is an error rather than a silent guess.
    static func decimal(_ text: String, field: String) throws -> Decimal {
        guard let amount = MinorUnits(text: text) else {
            throw PlanDocumentError(field: field, value: text)
        }
        return amount.value
    }
}
