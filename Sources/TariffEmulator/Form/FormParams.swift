/// Typed, validating access to one level of a decoded form, naming parameters as Stripe does.
///
/// Every accessor throws Stripe's error (with `param` such as `recurring[interval]` or
/// `items[0][price]`) instead of returning a half-valid value, so handlers read like the
/// parameter tables in Stripe's reference.
package struct FormParams: Sendable {
    package let node: FormNode
    /// The Stripe name of this level (`""` at the top, `recurring`, `items[0]`, …).
    package let path: String

    package init(node: FormNode, path: String = "") {
        self.node = node
        self.path = path
    }

    /// The Stripe name of a child parameter, e.g. `recurring[interval]`.
    package func name(_ key: String) -> String {
        path.isEmpty ? key : "\(path)[\(key)]"
    }

    /// Whether the parameter was sent at all (including as `key=`).
    package func has(_ key: String) -> Bool { node[key] != nil }

    /// Whether the parameter was sent as the empty string, Stripe's way of clearing a field.
    package func isEmptied(_ key: String) -> Bool {
        guard let child = node[key] else { return false }
        return child.isLeaf && child.value == ""
    }

    /// The keys sent at this level, in order.
    package var keys: [String] { node.keys }

    /// Rejects every key outside `allowed` (plus `expand` at the top level) with `parameter_unknown`.
    package func rejectUnknown(_ allowed: Set<String>) throws(StripeAPIError) {
        for key in node.keys where !allowed.contains(key) && !(path.isEmpty && key == "expand") {
            throw .unknownParameter(name(key))
        }
    }

    /// A scalar string; a nested value where a scalar belongs is rejected.
    package func string(_ key: String) throws(StripeAPIError) -> String? {
        guard let child = node[key] else { return nil }
        guard child.isLeaf, let value = child.value else {
            throw .invalid(name(key), "Invalid \(name(key)): must be a string")
        }
        return value
    }

    /// A scalar string that must be present and non-empty.
    package func requiredString(_ key: String) throws(StripeAPIError) -> String {
        guard let value = try string(key) else { throw .missing(name(key)) }
        guard !value.isEmpty else {
            throw .invalid(
                name(key), code: "parameter_invalid_empty",
                "You passed an empty string for '\(name(key))'. We assume empty values are an attempt to unset a parameter; however '\(name(key))' cannot be unset. You should remove '\(name(key))' from your request or supply a non-empty value."
            )
        }
        return value
    }

    /// A string that is absent, set, or cleared with `key=` (returned as `.some(nil)`).
    package func emptyableString(_ key: String) throws(StripeAPIError) -> String?? {
        guard let value = try string(key) else { return nil }
        return .some(value.isEmpty ? nil : value)
    }

    /// An integer; Stripe answers `parameter_invalid_integer` for anything else.
    package func int(_ key: String) throws(StripeAPIError) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else {
            throw .invalid(name(key), code: "parameter_invalid_integer", "Invalid integer: \(text)")
        }
        return value
    }

    /// A boolean sent as `true` or `false`.
    package func bool(_ key: String) throws(StripeAPIError) -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw .invalid(name(key), code: "parameter_invalid_boolean", "Invalid boolean: \(text)")
        }
    }

    /// A value from a closed enumeration.
    ///
    /// Stripe documents no dedicated code for a bad enum value; the emulator answers
    /// `parameter_invalid_string` and lists the accepted values in the message.
    package func oneOf(_ key: String, _ allowed: [String]) throws(StripeAPIError) -> String? {
        guard let value = try string(key) else { return nil }
        guard allowed.contains(value) else {
            let list = allowed.joined(separator: ", ")
            throw .invalid(name(key), "Invalid \(name(key)): must be one of \(list)")
        }
        return value
    }

    /// A decimal amount in minor units (at most 12 decimal places, not negative).
    package func decimal(_ key: String) throws(StripeAPIError) -> DecimalAmount? {
        guard let text = try string(key) else { return nil }
        guard let amount = DecimalAmount(text) else {
            throw .invalid(name(key), code: "parameter_invalid_decimal", "Invalid decimal: \(text)")
        }
        return amount
    }

    /// A nested object (`key[child]=…`); a scalar where an object belongs is rejected.
    package func object(_ key: String) throws(StripeAPIError) -> FormParams? {
        guard let child = node[key] else { return nil }
        if child.isLeaf {
            throw .invalid(name(key), "Invalid \(name(key)): must be an object")
        }
        return FormParams(node: child, path: name(key))
    }

    /// An array of objects sent as `key[0][field]=…`, in index order.
    package func objects(_ key: String) throws(StripeAPIError) -> [FormParams]? {
        guard let child = node[key] else { return nil }
        if child.isLeaf && child.value == "" { return [] }
        guard !child.isLeaf else { throw .invalid(name(key), "Invalid array") }
        return try Self.indexed(child, name: name(key)).map { index, element throws(StripeAPIError) in
            guard !element.isLeaf else { throw .invalid("\(name(key))[\(index)]", "Invalid object") }
            return FormParams(node: element, path: "\(name(key))[\(index)]")
        }
    }

    /// An array of strings sent as `key[]=a&key[]=b` or `key[0]=a`.
    package func strings(_ key: String) throws(StripeAPIError) -> [String]? {
        guard let child = node[key] else { return nil }
        if child.isLeaf { return child.value == "" ? [] : [child.value ?? ""] }
        return try Self.indexed(child, name: name(key)).map { index, element throws(StripeAPIError) in
            guard element.isLeaf, let value = element.value else {
                throw .invalid("\(name(key))[\(index)]", "Invalid string")
            }
            return value
        }
    }

    /// The children of an array node sorted by their numeric index.
    private static func indexed(_ node: FormNode, name: String) throws(StripeAPIError) -> [(Int, FormNode)] {
        var elements: [(Int, FormNode)] = []
        for key in node.keys {
            guard let index = Int(key), index >= 0, let element = node[key] else {
                throw .invalid("\(name)[\(key)]", "Invalid array index: \(key)")
            }
            elements.append((index, element))
        }
        return elements.sorted { $0.0 < $1.0 }
    }
}
