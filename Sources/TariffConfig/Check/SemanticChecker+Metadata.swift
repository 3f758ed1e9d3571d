import TariffDiagnostics

/// Stripe's metadata limits (reference §1.5), less the keys Tariff writes itself.
extension SemanticChecker {
    static let maximumMetadataKeys = 50
    static let maximumMetadataKeyLength = 40
    static let maximumMetadataValueLength = 500
    /// Written by Tariff on every managed object (DESIGN.md §3); users may not set them.
    static let reservedMetadataKeys = ["tariff_key", "tariff_namespace"]

    /// At most 50 keys in all (Tariff's own included), keys ≤ 40 characters without `[` or `]`,
    /// values ≤ 500 characters.
    mutating func checkMetadata(_ metadata: Metadata, _ owner: String) {
        let allowed = Self.maximumMetadataKeys - Self.reservedMetadataKeys.count
        if metadata.entries.count > allowed {
            bag.error(
                "metadata.too-many-keys",
                "the metadata of \(owner) has \(metadata.entries.count) keys; Stripe allows "
                    + "\(Self.maximumMetadataKeys), and Tariff uses \(Self.reservedMetadataKeys.count) "
                    + "of them, so at most \(allowed)",
                at: metadata.range)
        }
        for entry in metadata.entries {
            let key = entry.key.value
            if Self.reservedMetadataKeys.contains(key) {
                bag.error(
                    "metadata.reserved-key",
                    "metadata key '\(key)' of \(owner) is reserved: Tariff writes it to track what it manages",
                    at: entry.key.range)
            } else if key.isEmpty || key.count > Self.maximumMetadataKeyLength {
                bag.error(
                    "metadata.key-too-long",
                    "metadata key '\(key.quotedForMessage)' of \(owner) is \(key.count) characters long; "
                        + "Stripe allows 1 to \(Self.maximumMetadataKeyLength)",
                    at: entry.key.range)
            } else if key.contains("[") || key.contains("]") {
                bag.error(
                    "metadata.invalid-key",
                    "metadata key '\(key.quotedForMessage)' of \(owner) contains '[' or ']', which Stripe does not allow",
                    at: entry.key.range)
            }
            if entry.value.value.count > Self.maximumMetadataValueLength {
                bag.error(
                    "metadata.value-too-long",
                    "metadata '\(key.quotedForMessage)' of \(owner) is \(entry.value.value.count) characters "
                        + "long; Stripe allows at most \(Self.maximumMetadataValueLength)",
                    at: entry.value.range)
            }
        }
    }
}
