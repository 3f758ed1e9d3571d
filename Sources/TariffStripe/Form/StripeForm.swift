/// An ordered set of Stripe form parameters, flattened and percent-encoded on demand.
///
/// Used for request bodies (POST) and query strings (GET, DELETE) alike, since Stripe encodes both
/// the same way. Fields keep the order in which they were added; `pairs` walks the tree depth
/// first, as Stripe's own SDKs do.
package struct StripeForm: Sendable, Hashable {
    /// The top-level parameters in the order they were added.
    package private(set) var fields: [StripeFormField]

    package init(_ fields: [StripeFormField] = []) {
        self.fields = fields
    }

    /// Whether the form has no parameters at all.
    package var isEmpty: Bool { fields.isEmpty }

    /// Adds one parameter at the end.
    package mutating func append(_ key: String, _ value: StripeFormValue) {
        fields.append(StripeFormField(key, value))
    }

    /// Adds one parameter when `value` is present; optional parameters are simply left out.
    package mutating func append(_ key: String, ifPresent value: StripeFormValue?) {
        if let value { append(key, value) }
    }

    /// Adds every parameter of `other` after this form's own.
    package mutating func append(contentsOf other: StripeForm) {
        fields.append(contentsOf: other.fields)
    }

    /// The flattened `(key, value)` pairs, not yet percent-encoded: `recurring[interval]`, `month`.
    ///
    /// An empty object or array produces no pair at all, since Stripe has no syntax for it; to clear
    /// a field use `.empty`.
    package var pairs: [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        for field in fields {
            Self.flatten(field.value, key: field.key, into: &result)
        }
        return result
    }

    /// The `application/x-www-form-urlencoded` text, as sent in a body or after the `?` of a URL.
    package var encoded: String {
        pairs
            .map {
                StripePercentEncoding.encodeFormComponent($0.key) + "="
                    + StripePercentEncoding.encodeFormComponent($0.value)
            }
            .joined(separator: "&")
    }

    /// Walks one value depth first and appends its leaves under `key`.
    private static func flatten(
        _ value: StripeFormValue, key: String, into result: inout [(key: String, value: String)]
    ) {
        switch value {
        case .object(let children):
            for child in children {
                flatten(child.value, key: "\(key)[\(child.key)]", into: &result)
            }
        case .indexed(let elements):
            for (index, element) in elements.enumerated() {
                flatten(element, key: "\(key)[\(index)]", into: &result)
            }
        case .bracketed(let elements):
            for element in elements {
                flatten(element, key: "\(key)[]", into: &result)
            }
        case .string, .integer, .decimal, .bool, .empty:
            result.append((key, value.scalarText ?? ""))
        }
    }
}

/// A value that knows how to write itself as Stripe form parameters (the typed parameter structs).
package protocol StripeFormEncodable: Sendable {
    /// The parameters this value stands for, in a stable order.
    var stripeForm: StripeForm { get }
}

extension StripeForm: StripeFormEncodable {
    package var stripeForm: StripeForm { self }
}
