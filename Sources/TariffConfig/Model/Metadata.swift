public import TariffDiagnostics

/// A `metadata:` mapping of a product or price, in declaration order, with every key located
/// (Stripe's limits are checked per key and value).
public struct Metadata: Sendable, Hashable {
    /// One `key: value` line.
    public struct Entry: Sendable, Hashable {
        public var key: Located<String>
        public var value: Located<String>

        public init(key: Located<String>, value: Located<String>) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]
    /// The whole mapping; `nil` when the config had no `metadata:`.
    public var range: SourceRange?

    public init(entries: [Entry] = [], range: SourceRange? = nil) {
        self.entries = entries
        self.range = range
    }

    /// The entries as a dictionary (keys are unique: the loader rejects duplicates).
    public var dictionary: [String: String] {
        Dictionary(entries.map { ($0.key.value, $0.value.value) }, uniquingKeysWith: { _, last in last })
    }

    public var isEmpty: Bool { entries.isEmpty }
}
