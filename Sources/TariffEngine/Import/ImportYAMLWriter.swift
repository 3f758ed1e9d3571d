import Foundation
import TariffConfig
import TariffSupport

/// Writes an ``ImportedCatalog`` as one Tariff config file (`tariff.yaml`).
///
/// The catalog becomes a ``YAMLOutput`` tree, and TariffConfig's ``YAMLEmitter`` (libyaml's
/// emitter) spells it: free text is always double-quoted, so no name or description can change
/// meaning under YAML's rules; amounts are integers or quoted decimals, as the language requires.
/// What was left out is listed in a comment at the top, so a reviewer of the file sees it too.
package enum ImportYAMLWriter {
    /// The file's text.
    package static func yaml(_ catalog: ImportedCatalog) throws -> String {
        try YAMLEmitter.emit(document(catalog), comments: comments(catalog))
    }

    /// The header: where the file came from, what to do next, and what was left out.
    static func comments(_ catalog: ImportedCatalog) -> [String] {
        let mode = catalog.livemode ? "live" : "test"
        var lines = [
            catalog.accountID.map { "Written by `tariff import` from account \($0) (\(mode) mode)." }
                ?? "Written by `tariff import` with a restricted key (\(mode) mode; the account is not readable).",
            "Review it, then adopt the objects: `tariff import --adopt` (shows the plan first), or",
            "`tariff plan --adopt` and `tariff apply --adopt` once every price has a lookup key.",
        ]
        if catalog.meters.contains(where: { $0.field == nil }) {
            lines.append(
                "Meters with `aggregate: count` sum the values reported; use sum with a field for amounts.")
        }
        if catalog.meters.contains(where: { $0.field != nil }) {
            lines.append("Meters with `aggregate: last` keep the last value reported.")
        }
        if catalog.archivedLeftOut > 0 {
            lines.append(
                "\(catalog.archivedLeftOut) archived objects left out (import with --include-archived to list them)."
            )
        }
        if !catalog.skipped.isEmpty {
            lines.append("Not imported:")
            for skip in catalog.skipped {
                lines.append(
                    "  \(skip.kind) \(skip.id)\(skip.label.map { " (\($0))" } ?? ""): \(skip.reason)")
            }
        }
        return lines
    }

    /// The config document.
    static func document(_ catalog: ImportedCatalog) -> YAMLOutput {
        var root: [YAMLOutput.Pair] = [.init("version", .word("1")), .init("stripe", stripe(catalog))]
        if !catalog.meters.isEmpty {
            root.append(.init("meters", .mapping(catalog.meters.map { .init($0.key, meter($0)) })))
        }
        if !catalog.products.isEmpty {
            root.append(.init("products", .mapping(catalog.products.map { .init($0.key, product($0)) })))
        }
        return .mapping(root)
    }

    /// `stripe:` with the key reference (never a key), mode, account pin, namespace and webhook.
    private static func stripe(_ catalog: ImportedCatalog) -> YAMLOutput {
        var pairs: [YAMLOutput.Pair] = [
            .init("api_key", .word("env:STRIPE_API_KEY")),
            .init("mode", .word(catalog.livemode ? "live" : "test")),
        ]
        if let account = catalog.accountID { pairs.append(.init("account", .identifier(account))) }
        if let namespace = catalog.namespace { pairs.append(.init("namespace", .identifier(namespace))) }
        if let webhook = catalog.webhook {
            var fields: [YAMLOutput.Pair] = [
                .init("url", .text(webhook.url)),
                .init("events", .sequence(webhook.events.map(YAMLOutput.text), flow: true)),
            ]
            if let description = webhook.description {
                fields.append(.init("description", .text(description)))
            }
            pairs.append(.init("webhook", .mapping(fields)))
        }
        return .mapping(pairs)
    }

    /// A `meters:` entry.
    private static func meter(_ meter: ImportedMeter) -> YAMLOutput {
        var metric: [YAMLOutput.Pair] = [.init("aggregate", .word(meter.aggregate))]
        if let field = meter.field { metric.append(.init("field", .identifier(field))) }
        return .mapping([
            .init("display_name", .text(meter.displayName)),
            .init("event_name", .text(meter.eventName)),
            .init("metric", .mapping(metric, flow: true)),
        ])
    }

    /// A `products:` entry, with its Stripe id where that differs from the key, and its prices.
    private static func product(_ product: ImportedProduct) -> YAMLOutput {
        var pairs: [YAMLOutput.Pair] = []
        if product.stripeID != product.key { pairs.append(.init("id", .identifier(product.stripeID))) }
        pairs.append(.init("name", .text(product.name)))
        if let description = product.description { pairs.append(.init("description", .text(description))) }
        if let unitLabel = product.unitLabel { pairs.append(.init("unit_label", .text(unitLabel))) }
        if let taxCode = product.taxCode { pairs.append(.init("tax_code", .text(taxCode))) }
        pairs += metadata(product.metadata)
        if !product.active { pairs.append(.init("active", .word("false"))) }
        if let defaultPrice = product.defaultPrice {
            pairs.append(.init("default_price", .identifier(defaultPrice)))
        }
        if !product.prices.isEmpty {
            pairs.append(.init("prices", .mapping(product.prices.map { .init($0.key, price($0)) })))
        }
        return .mapping(pairs)
    }

    /// A `prices:` entry; `lookup_key` is written only when it differs from the key.
    private static func price(_ price: ImportedPrice) -> YAMLOutput {
        var pairs: [YAMLOutput.Pair] = []
        if price.lookupKey != price.key { pairs.append(.init("lookup_key", .text(price.lookupKey))) }
        if let nickname = price.nickname { pairs.append(.init("nickname", .text(nickname))) }
        pairs.append(.init("currency", .word(price.currency)))
        if let interval = price.interval {
            pairs.append(.init("interval", .word(interval)))
            if price.intervalCount != 1 {
                pairs.append(.init("interval_count", .word("\(price.intervalCount)")))
            }
        }
        if let meter = price.meter { pairs.append(.init("meter", .identifier(meter))) }
        pairs.append(pricing(price.pricing))
        if !price.currencyOptions.isEmpty {
            let options = price.currencyOptions.map { option -> YAMLOutput.Pair in
                var fields = [pricing(option.pricing)]
                if let tax = option.taxBehavior { fields.append(.init("tax_behavior", .word(tax))) }
                return .init(option.currency, .mapping(fields))
            }
            pairs.append(.init("currency_options", .mapping(options)))
        }
        if let tax = price.taxBehavior { pairs.append(.init("tax_behavior", .word(tax))) }
        pairs += metadata(price.metadata)
        if !price.active { pairs.append(.init("active", .word("false"))) }
        return .mapping(pairs)
    }

    /// Exactly one pricing model, in minor units.
    private static func pricing(_ pricing: ImportedPricing) -> YAMLOutput.Pair {
        switch pricing {
        case .flat(let amount):
            return .init("flat", Self.amount(amount))
        case .perUnit(let amount):
            return .init("per_unit", Self.amount(amount))
        case .graduated(let tiers):
            return .init("graduated", Self.tiers(tiers))
        case .volume(let tiers):
            return .init("volume", Self.tiers(tiers))
        case .package(let size, let amount, let round):
            return .init(
                "package",
                .mapping(
                    [
                        .init("size", .word("\(size)")), .init("amount", Self.amount(amount)),
                        .init("round", .word(round)),
                    ], flow: true))
        }
    }

    /// Tiers, one flow mapping each.
    private static func tiers(_ tiers: [PlanTier]) -> YAMLOutput {
        .sequence(
            tiers.map { tier in
                var fields: [YAMLOutput.Pair] = [.init("up_to", .word(tier.upTo.map(String.init) ?? "inf"))]
                if let unit = tier.unitAmount { fields.append(.init("unit_amount", amount(unit))) }
                if let flat = tier.flatAmount { fields.append(.init("flat_amount", amount(flat))) }
                return .mapping(fields, flow: true)
            })
    }

    /// Minor units: an integer as is (`4900`), a fraction of the minor unit quoted (`"0.2"`).
    static func amount(_ amount: Decimal) -> YAMLOutput {
        let units = MinorUnits(amount)
        return units.wholeNumber != nil ? .word(units.text) : .text(units.text)
    }

    /// The user's metadata, sorted by key; Tariff's markers were removed before.
    private static func metadata(_ metadata: [String: String]) -> [YAMLOutput.Pair] {
        guard !metadata.isEmpty else { return [] }
        let pairs = metadata.keys.sorted().map { YAMLOutput.Pair(.text($0), .text(metadata[$0] ?? "")) }
        return [.init("metadata", .mapping(pairs))]
    }
}
