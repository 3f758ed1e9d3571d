package import TariffDiagnostics

/// A `metadata:` mapping of a product or price, in declaration order, with every key located
/// (Stripe's limits are checked per key and value).
package struct Metadata: Sendable, Hashable {
    /// One `key: value` line.
    package struct Entry: Sendable, Hashable {
        package var key: Located<String>
        package var value: Located<String>

        package init(key: Located<String>, value: Located<String>) {
            self.key = key
            self.value = value
        }
    }

    package var entries: [Entry]
    /// The whole mapping; `nil` when the config had no `metadata:`.
    package var range: SourceRange?

    package init(entries: [Entry] = [], range: SourceRange? = nil) {
        self.entries = entries
        self.range = range
    }

    /// The entries as a dictionary (keys are unique: the loader rejects duplicates).
    package var dictionary: [String: String] {
        Dictionary(entries.map { ($0.key.value, $0.value.value) }, uniquingKeysWith: { _, last in last })
    }

    package var isEmpty: Bool { entries.isEmpty }
}
