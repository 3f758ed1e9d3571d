import TariffDiagnostics

/// Reads `products:` entries and their metadata.
extension SchemaReader {
    /// One product, plus the keys of every price declared under it (even unreadable ones).
    mutating func readProduct(_ key: Located<String>, _ pair: YAMLNode.Pair) -> (Product?, Set<String>) {
        let what = "product '\(key.value.quotedForMessage)'"
        guard let fields = fields(pair.value, .product, what, anchor: pair.key.range) else {
            return (nil, [])
        }
        defer { finish(fields) }
        let stripeID = fields.take("id").flatMap { string($0, "'id' of \(what)") }
        let name = required("name", in: fields).flatMap { string($0, "'name' of \(what)") }
        let description = fields.take("description").flatMap { string($0, "'description' of \(what)") }
        let metadata = fields.take("metadata").flatMap { readMetadata($0, what) } ?? Metadata()
        let active = fields.take("active").flatMap { bool($0, "'active' of \(what)") }
        let defaultPrice = fields.take("default_price").flatMap { string($0, "'default_price' of \(what)") }
        let taxCode = fields.take("tax_code").flatMap { string($0, "'tax_code' of \(what)") }
        let unitLabel = fields.take("unit_label").flatMap { string($0, "'unit_label' of \(what)") }
        let protected = fields.take("protected").flatMap { bool($0, "'protected' of \(what)") }
        let payg = fields.take("payg").flatMap { readPayg($0, what) }
        var prices: [Price] = []
        var declared: Set<String> = []
        if let node = fields.take("prices"), let entries = entries(node, "the prices of \(what)") {
            declared = Set(entries.map(\.key.value))
            prices = entries.compactMap { readPrice($0.key, $0.pair, product: key.value) }
        }
        guard let name, let keyRange = key.range else { return (nil, declared) }
        var product = Product(
            key: key.value, keyRange: keyRange, range: pair.entryRange, stripeID: stripeID, name: name,
            description: description, metadata: metadata, active: active ?? .defaulted(true),
            defaultPrice: defaultPrice, taxCode: taxCode, unitLabel: unitLabel,
            protected: protected ?? .defaulted(false), prices: prices)
        product.payg = payg
        return (product, declared)
    }

    /// `metadata:` of a product or price: a flat mapping of strings. Numbers and booleans are
    /// kept as written, since Stripe stores every metadata value as a string.
    mutating func readMetadata(_ node: YAMLNode, _ owner: String) -> Metadata? {
        guard case .mapping(let pairs) = node.kind else {
            wrongKind(node, expected: "a mapping of strings", "'metadata' of \(owner)")
            return nil
        }
        let entries = pairs.compactMap { pair -> Metadata.Entry? in
            guard let key = string(pair.key, "a metadata key of \(owner)"),
                let value = string(pair.value, "metadata '\(key.value.quotedForMessage)' of \(owner)")
            else { return nil }
            return Metadata.Entry(key: key, value: value)
        }
        return Metadata(entries: entries, range: node.range)
    }
}
