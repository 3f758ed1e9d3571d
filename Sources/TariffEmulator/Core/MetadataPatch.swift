/// Applies Stripe's metadata semantics: `metadata[k]=v` sets, `metadata[k]=` removes one key,
/// `metadata=` removes all; other keys are left alone. Checks Stripe's documented limits.
package enum MetadataPatch {
    /// Updates `metadata` from the `key` parameter (normally `metadata`) of `params`.
    package static func apply(
        _ params: FormParams, key: String = "metadata", to metadata: inout [String: String]
    ) throws(StripeAPIError) {
        guard let node = params.node[key] else { return }
        let name = params.name(key)
        if node.isLeaf {
            guard node.value == "" else { throw .invalid(name, "Invalid \(name): must be an object") }
            metadata = [:]
            return
        }
        for entry in node.keys {
            guard let child = node[entry], child.isLeaf, let value = child.value else {
                throw .invalid(
                    "\(name)[\(entry)]", "Invalid \(name)[\(entry)]: metadata values must be strings")
            }
            guard entry.count <= 40, !entry.isEmpty else {
                throw .rule("\(name)[\(entry)]", "Metadata keys must be between 1 and 40 characters long.")
            }
            guard value.count <= 500 else {
                throw .rule(
                    "\(name)[\(entry)]",
                    "Metadata values can have up to 500 characters, but you passed in a value that is \(value.count) characters."
                )
            }
            metadata[entry] = value.isEmpty ? nil : value
        }
        guard metadata.count <= 50 else {
            throw .rule(
                name, "You can have at most 50 metadata keys, but the request would leave \(metadata.count).")
        }
    }
}
