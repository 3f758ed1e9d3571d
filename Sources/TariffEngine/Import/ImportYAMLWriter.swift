import Foundation

/// Writes an ``ImportedCatalog`` as one Tariff config file (`tariff.yaml`).
///
/// Free text is always double-quoted, so no name or description can change meaning under YAML's
/// rules; amounts are integers or quoted decimals, as the language requires. What was left out is
/// listed in a comment at the top, so a reviewer of the generated file sees it too.
public enum ImportYAMLWriter {
    /// The file's text.
    public static func yaml(_ catalog: ImportedCatalog) -> String {
        var out = YAMLLines()
        out.comment(
            "Written by `tariff import` from account \(catalog.accountID) (\(catalog.livemode ? "live" : "test") mode)."
        )
        out.comment("Review it, then adopt the objects: `tariff import --adopt` (shows the plan first), or")
        out.comment("`tariff plan --adopt` and `tariff apply --adopt` once every price has a lookup key.")
        if catalog.archivedLeftOut > 0 {
            out.comment(
                "\(catalog.archivedLeftOut) archived objects left out (import with --include-archived to list them)."
            )
        }
        if !catalog.skipped.isEmpty {
            out.comment("Not imported:")
            for skip in catalog.skipped {
                out.comment("  \(skip.kind) \(skip.id)\(skip.label.map { " (\($0))" } ?? ""): \(skip.reason)")
            }
        }
        out.line(0, "version: 1")
        writeStripe(catalog, into: &out)
        if !catalog.meters.isEmpty {
            out.line(0, "meters:")
            for meter in catalog.meters { writeMeter(meter, into: &out) }
        }
        if !catalog.products.isEmpty {
            out.line(0, "products:")
            for product in catalog.products { writeProduct(product, into: &out) }
        }
        return out.text
    }

    /// `stripe:` with the key reference (never a key), mode, account pin, namespace and webhook.
    private static func writeStripe(_ catalog: ImportedCatalog, into out: inout YAMLLines) {
        out.line(0, "stripe:")
        out.line(1, "api_key: env:STRIPE_API_KEY")
        out.line(1, "mode: \(catalog.livemode ? "live" : "test")")
        out.line(1, "account: \(YAMLScalar.key(catalog.accountID))")
        if let namespace = catalog.namespace { out.line(1, "namespace: \(YAMLScalar.key(namespace))") }
        guard let webhook = catalog.webhook else { return }
        out.line(1, "webhook:")
        out.line(2, "url: \(YAMLScalar.quoted(webhook.url))")
        out.line(2, "events: [\(webhook.events.map(YAMLScalar.quoted).joined(separator: ", "))]")
        if let description = webhook.description {
            out.line(2, "description: \(YAMLScalar.quoted(description))")
        }
    }

    /// A `meters:` entry; the metric comment says what Stripe does with the reported values.
    private static func writeMeter(_ meter: ImportedMeter, into out: inout YAMLLines) {
        out.line(1, "\(YAMLScalar.key(meter.key)):")
        out.line(2, "display_name: \(YAMLScalar.quoted(meter.displayName))")
        out.line(2, "event_name: \(YAMLScalar.quoted(meter.eventName))")
        if let field = meter.field {
            out.line(
                2,
                "metric: { aggregate: \(meter.aggregate), field: \(field) }   # Stripe keeps the last value reported"
            )
        } else {
            out.line(
                2,
                "metric: { aggregate: count }   # Stripe sums the values reported; use sum with a field for amounts"
            )
        }
    }

    /// A `products:` entry, keyed by the Stripe product id, with its prices.
    private static func writeProduct(_ product: ImportedProduct, into out: inout YAMLLines) {
        out.line(1, "\(YAMLScalar.key(product.key)):")
        out.line(2, "name: \(YAMLScalar.quoted(product.name))")
        if let description = product.description {
            out.line(2, "description: \(YAMLScalar.quoted(description))")
        }
        if let unitLabel = product.unitLabel { out.line(2, "unit_label: \(YAMLScalar.quoted(unitLabel))") }
        if let taxCode = product.taxCode { out.line(2, "tax_code: \(YAMLScalar.quoted(taxCode))") }
        writeMetadata(product.metadata, level: 2, into: &out)
        if !product.active { out.line(2, "active: false") }
        if let defaultPrice = product.defaultPrice {
            out.line(2, "default_price: \(YAMLScalar.key(defaultPrice))")
        }
        guard !product.prices.isEmpty else { return }
        out.line(2, "prices:")
        for price in product.prices { writePrice(price, into: &out) }
    }

    /// A `prices:` entry; `lookup_key` is written only when it differs from the key.
    private static func writePrice(_ price: ImportedPrice, into out: inout YAMLLines) {
        out.line(3, "\(YAMLScalar.key(price.key)):")
        if price.lookupKey != price.key { out.line(4, "lookup_key: \(YAMLScalar.quoted(price.lookupKey))") }
        if let nickname = price.nickname { out.line(4, "nickname: \(YAMLScalar.quoted(nickname))") }
        out.line(4, "currency: \(price.currency)")
        if let interval = price.interval {
            out.line(4, "interval: \(interval)")
            if price.intervalCount != 1 { out.line(4, "interval_count: \(price.intervalCount)") }
        }
        if let meter = price.meter { out.line(4, "meter: \(YAMLScalar.key(meter))") }
        writePricing(price.pricing, level: 4, into: &out)
        if !price.currencyOptions.isEmpty {
            out.line(4, "currency_options:")
            for option in price.currencyOptions {
                out.line(5, "\(option.currency):")
                writePricing(option.pricing, level: 6, into: &out)
                if let tax = option.taxBehavior { out.line(6, "tax_behavior: \(tax)") }
            }
        }
        if let tax = price.taxBehavior { out.line(4, "tax_behavior: \(tax)") }
        writeMetadata(price.metadata, level: 4, into: &out)
        if !price.active { out.line(4, "active: false") }
    }

    /// Exactly one pricing model, in minor units.
    private static func writePricing(_ pricing: ImportedPricing, level: Int, into out: inout YAMLLines) {
        switch pricing {
        case .flat(let amount):
            out.line(level, "flat: \(YAMLScalar.amount(amount))")
        case .perUnit(let amount):
            out.line(level, "per_unit: \(YAMLScalar.amount(amount))")
        case .graduated(let tiers), .volume(let tiers):
            if case .volume = pricing { out.line(level, "volume:") } else { out.line(level, "graduated:") }
            for tier in tiers {
                var fields = ["up_to: \(tier.upTo.map(String.init) ?? "inf")"]
                if let unit = tier.unitAmount { fields.append("unit_amount: \(YAMLScalar.amount(unit))") }
                if let flat = tier.flatAmount { fields.append("flat_amount: \(YAMLScalar.amount(flat))") }
                out.line(level + 1, "- { \(fields.joined(separator: ", ")) }")
            }
        case .package(let size, let amount, let round):
            out.line(
                level, "package: { size: \(size), amount: \(YAMLScalar.amount(amount)), round: \(round) }")
        }
    }

    /// The user's metadata, sorted by key; Tariff's markers were removed before.
    private static func writeMetadata(_ metadata: [String: String], level: Int, into out: inout YAMLLines) {
        guard !metadata.isEmpty else { return }
        out.line(level, "metadata:")
        for key in metadata.keys.sorted() {
            out.line(level + 1, "\(YAMLScalar.quoted(key)): \(YAMLScalar.quoted(metadata[key] ?? ""))")
        }
    }
}

/// Lines of YAML at two spaces per level.
struct YAMLLines {
    private(set) var text = ""

    mutating func line(_ level: Int, _ content: String) {
        text += String(repeating: "  ", count: level) + content + "\n"
    }

    mutating func comment(_ content: String) {
        text += "# \(content)\n"
    }
}
