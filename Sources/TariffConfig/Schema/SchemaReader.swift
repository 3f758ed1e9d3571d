import TariffDiagnostics

/// Turns YAML nodes into typed values as the schema expects them, collecting every problem.
///
/// Readers never stop at the first problem: a bad field is reported and left out, and reading
/// goes on with its siblings, so one run of `tariff validate` shows everything.
struct SchemaReader {
    var bag = DiagnosticBag()
    /// Fields that were written but could not be read, so the semantic checks do not mistake
    /// them for absent ones (an unreadable `interval` is not a one-time price).
    var unreadable: Set<UnreadableField> = []

    /// Reports a node of the wrong kind ("expected a mapping for 'stripe', found a list").
    mutating func wrongKind(_ node: YAMLNode, expected: String, _ what: String) {
        bag.error(
            "schema.type-mismatch", "expected \(expected) for \(what), found \(node.kindDescription)",
            at: node.range)
    }

    /// Opens a mapping node for keyed reading against the keys `schema` allows.
    ///
    /// - Parameters:
    ///   - anchor: where "missing key" errors point: the entry's key, or the mapping itself.
    mutating func fields(
        _ node: YAMLNode, _ schema: SchemaObject, _ what: String, anchor: SourceRange? = nil
    ) -> MappingFields? {
        guard case .mapping(let pairs) = node.kind else {
            wrongKind(node, expected: "a mapping", what)
            return nil
        }
        return MappingFields(
            pairs: pairs, schema: schema, what: what, anchor: anchor ?? node.range)
    }

    /// The entries of a keyed collection (`products:`, `prices:`, `meters:`), each key a string.
    mutating func entries(_ node: YAMLNode, _ what: String) -> [(key: Located<String>, pair: YAMLNode.Pair)]?
    {
        guard case .mapping(let pairs) = node.kind else {
            wrongKind(node, expected: "a mapping of names to entries", what)
            return nil
        }
        return pairs.compactMap { pair in
            guard let key = string(pair.key, "a key of \(what)") else { return nil }
            return (key, pair)
        }
    }

    /// The items of a list node.
    mutating func items(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard case .sequence(let items) = node.kind else {
            wrongKind(node, expected: "a list", what)
            return nil
        }
        return items
    }

    /// Reports the keys of `fields` that the schema does not know, with "did you mean".
    mutating func finish(_ fields: MappingFields) {
        for pair in fields.unknownPairs {
            let name = pair.key.scalar?.text ?? ""
            let suggestion = Suggestion.closest(to: name, among: fields.schema.keys)
            let hint =
                suggestion.map { "; did you mean '\($0)'?" }
                ?? "; expected one of \(fields.schema.keys.listedWithOr)"
            bag.error(
                "schema.unknown-key", "unknown key '\(name.quotedForMessage)' in \(fields.what)\(hint)",
                at: pair.key.range, fixIt: suggestion)
        }
    }

    /// The node under `key`, reporting it missing (at the fields' anchor) when absent, unless a
    /// misspelling of it is there: its "unknown key, did you mean" error says it all.
    mutating func required(_ key: String, in fields: MappingFields) -> YAMLNode? {
        if let node = fields.take(key) { return node }
        let misspelled = fields.unknownPairs.contains { pair in
            Suggestion.closest(to: pair.key.scalar?.text ?? "", among: fields.schema.keys) == key
        }
        if misspelled { return nil }
        bag.error(
            "schema.missing-key", "\(fields.what) is missing the required key '\(key)'",
            at: fields.anchor)
        return nil
    }
}

/// A field of an entry (named by the range of the entry's key) that was present but unreadable.
struct UnreadableField: Hashable, Sendable {
    let entry: SourceRange
    let key: String
}

extension SchemaReader {
    /// Records the `keys` of `fields` that are present but whose values came out `nil`.
    mutating func noteUnreadable(_ keys: [(String, Bool)], in fields: MappingFields, entry: SourceRange) {
        for (key, isRead) in keys where !isRead && fields.has(key) {
            unreadable.insert(UnreadableField(entry: entry, key: key))
        }
    }
}

/// A mapping being read: remembers which keys were taken so the rest can be reported unknown.
struct MappingFields {
    let pairs: [YAMLNode.Pair]
    let schema: SchemaObject
    /// The object in words, for messages ("price 'search_usage'").
    let what: String
    let anchor: SourceRange
    /// Key text → index in `pairs` (keys are unique: the loader rejects duplicates).
    private let index: [String: Int]

    init(pairs: [YAMLNode.Pair], schema: SchemaObject, what: String, anchor: SourceRange) {
        self.pairs = pairs
        self.schema = schema
        self.what = what
        self.anchor = anchor
        var index: [String: Int] = [:]
        for (position, pair) in pairs.enumerated() {
            if case .scalar(let text, _) = pair.key.kind, index[text] == nil { index[text] = position }
        }
        self.index = index
    }

    /// The value under `key`, if present.
    func take(_ key: String) -> YAMLNode? {
        assert(schema.keys.contains(key), "\(key) is not in the schema table \(schema.name)")
        return index[key].map { pairs[$0].value }
    }

    /// The key node under `key`, for diagnostics that point at a key.
    func keyNode(_ key: String) -> YAMLNode? {
        index[key].map { pairs[$0].key }
    }

    /// Whether the mapping has `key` (without reading it).
    func has(_ key: String) -> Bool { index[key] != nil }

    /// The pairs whose key the schema does not allow.
    var unknownPairs: [YAMLNode.Pair] {
        pairs.filter { pair in
            guard case .scalar(let name, _) = pair.key.kind else { return true }
            return !schema.keys.contains(name)
        }
    }
}
