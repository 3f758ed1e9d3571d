import Foundation
import TariffDiagnostics
import TariffEngine

/// Plan values as a reviewer reads them: money with its currency and unit, strings quoted, tiers as
/// a table. Shared by the text and markdown renderers; JSON keeps the exact values instead.
enum ValueText {
    /// A one-line spelling of `value`; tiers are summarised (their table is printed by
    /// ``tierLines(_:)``).
    ///
    /// - Parameter packageRound: `up` or `down` for a package amount, from the price's
    ///   `transform_quantity.round`; `nil` leaves the rounding unsaid.
    static func inline(_ value: PlanValue?, packageRound: String? = nil) -> String {
        guard let value else { return "(none)" }
        switch value {
        case .string(let text): return quoted(text)
        case .integer(let number): return Money.groupThousands(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .amount(let amount): return self.amount(amount, packageRound: packageRound)
        case .tiers(let tiers):
            let count = tiers.tiers.count
            return "\(tiers.mode), \(count) tier\(count == 1 ? "" : "s") in \(tiers.currency.uppercased())"
        case .strings(let values): return "[" + values.map(quoted).joined(separator: ", ") + "]"
        // An id that exists only after apply is shown bare, like Terraform's `(known after apply)`,
        // so that it does not read as a literal value.
        case .created: return value.plainText
        }
    }

    /// An amount with what it is charged per: `$0.002 per unit`, `$49.00 / month`,
    /// `$5.00 per 1,000 units (rounded up)`.
    static func amount(_ amount: PlanAmount, packageRound: String? = nil) -> String {
        switch amount.basis {
        case .unit:
            return Money.perUnit(amountMinor: amount.minorUnits, currency: amount.currency)
        case .package(let size):
            guard let packageRound else {
                let money = Money.format(amountMinor: amount.minorUnits, currency: amount.currency)
                return "\(money) per \(Money.groupThousands(size)) units"
            }
            return Money.package(
                amountMinor: amount.minorUnits, currency: amount.currency, size: size,
                roundUp: packageRound == "up")
        case .period(let interval, let count):
            return Money.recurring(
                amountMinor: amount.minorUnits, currency: amount.currency, interval: interval,
                count: count)
        }
    }

    /// The aligned table of a tiered price, one string per line.
    static func tierLines(_ tiers: PlanTiers) -> [String] {
        table(tiers).lines()
    }

    /// The tiers as a ``TierTable``.
    static func table(_ tiers: PlanTiers) -> TierTable {
        TierTable(
            rows: tiers.tiers.map {
                TierTable.Row(upTo: $0.upTo, unitAmount: $0.unitAmount, flatAmount: $0.flatAmount)
            },
            currency: tiers.currency)
    }

    /// A string in double quotes with quotes, backslashes and control characters escaped, so a
    /// value with a newline cannot break the plan's layout.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `tariff.yaml:14:3`, the start of a YAML range as compilers print it.
    static func location(_ range: SourceRange?) -> String? {
        range.map { "\($0.start.file):\($0.start.line):\($0.start.column)" }
    }

    /// The rounding of the price's package pricing, if the action's desired object has one.
    static func packageRound(of action: PlanAction) -> String? {
        if case .price(let price)? = action.desired {
            if let round = price.amounts.transformQuantity?.round { return round.rawValue }
        }
        let change = action.changes.first { $0.field == .price(.transformQuantityRound) }
        if case .string(let round)? = change?.after ?? change?.before { return round }
        return nil
    }
}
