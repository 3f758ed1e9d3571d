package import Foundation
import TariffSupport

/// One value in a Stripe form-encoded parameter tree.
///
/// Stripe's v1 API takes `application/x-www-form-urlencoded` bodies whose keys spell out a tree
/// (`recurring[interval]=month`, `items[0][price]=price_1`). Parameter structs build this tree,
/// and `StripeForm` flattens it into ordered key–value pairs, so the shape of a request is decided
/// in one place and the order of the pairs is stable (tests compare bodies byte for byte).
package indirect enum StripeFormValue: Sendable, Hashable {
    /// A string, sent as is.
    case string(String)
    /// An integer, such as an amount in minor units or a Unix timestamp.
    case integer(Int)
    /// An exact decimal, such as `unit_amount_decimal`, sent in plain notation (`0.25`).
    case decimal(Decimal)
    /// A boolean, sent as `true` or `false`.
    case bool(Bool)
    /// `key=` with nothing after it: clears an emptyable field, or removes one metadata key.
    case empty
    /// A nested object, `key[child]=value`, with its children in the order given.
    case object([StripeFormField])
    /// An array sent with indices, `key[0]=…`, `key[1][field]=…`; needed for arrays of objects so
    /// each element's fields stay grouped.
    case indexed([StripeFormValue])
    /// An array of scalars sent with empty brackets, `key[]=a&key[]=b` (as `expand[]`).
    case bracketed([StripeFormValue])
}

/// A named child of a `StripeFormValue.object`, or a top-level parameter of a `StripeForm`.
package struct StripeFormField: Sendable, Hashable {
    package var key: String
    package var value: StripeFormValue

    package init(_ key: String, _ value: StripeFormValue) {
        self.key = key
        self.value = value
    }
}

extension StripeFormValue {
    /// A string-to-string map (metadata, for example) as an object with its keys sorted, so the
    /// encoding does not depend on dictionary order.
    package static func map(_ values: [String: String]) -> StripeFormValue {
        .object(values.keys.sorted().map { key in StripeFormField(key, .string(values[key] ?? "")) })
    }

    /// A list of strings sent as `key[]=…` (as `expand[]` and `lookup_keys[]`).
    package static func strings(_ values: [String]) -> StripeFormValue {
        .bracketed(values.map { .string($0) })
    }

    /// The text of a scalar value, or nil for containers.
    var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let decimal): MinorUnits(decimal).text
        case .bool(let flag): flag ? "true" : "false"
        case .empty: ""
        case .object, .indexed, .bracketed: nil
        }
    }
}
