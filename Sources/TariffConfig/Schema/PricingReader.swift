import Foundation
import TariffDiagnostics

/// Reads the pricing model of a price or currency option: exactly one of `flat`, `per_unit`,
/// `graduated`, `volume`, `package`.
extension SchemaReader {
    /// The one pricing model among `fields`; reports none or several.
    mutating func readPricingChoice(
        _ fields: MappingFields, _ what: String, anchor: SourceRange
    ) -> Located<PricingModel>? {
        let present = SchemaObject.pricingModels.compactMap { name in
            fields.keyNode(name).map { (name: name, key: $0) }
        }
        guard let first = present.first else {
            bag.error(
                "price.pricing-model-missing",
                "\(what) has no pricing model; add one of \(SchemaObject.pricingModels.listedWithOr)",
                at: anchor)
            return nil
        }
        let nodes = present.compactMap { fields.take($0.name) }
        if present.count > 1 {
            for extra in present.dropFirst() {
                bag.error(
                    "price.pricing-model-conflict",
                    "\(what) has both '\(first.name)' and '\(extra.name)'; a price has exactly one pricing model",
                    at: extra.key.range,
                    notes: [DiagnosticNote("'\(first.name)' is set here", at: first.key.range)])
            }
            // Go on with the first model so that the rest of the price is still checked.
        }
        guard let node = nodes.first else { return nil }
        let range = SourceRange(start: first.key.range.start, end: node.range.end)
        let label = "'\(first.name)' of \(what)"
        let model: PricingModel?
        switch first.name {
        case "flat": model = .flat(recoveringAmount(node, label))
        case "per_unit": model = .perUnit(recoveringAmount(node, label))
        case "graduated": model = readTiers(node, label).map(PricingModel.graduated)
        case "volume": model = readTiers(node, label).map(PricingModel.volume)
        default: model = readPackage(node, label).map(PricingModel.package)
        }
        return model.map { Located($0, at: range) }
    }

    /// An amount; when unreadable (already reported), zero at the same place, so that the rest of
    /// the price is still read and checked. The config is rejected anyway.
    private mutating func recoveringAmount(_ node: YAMLNode, _ what: String) -> Located<Decimal> {
        amount(node, what) ?? Located(0, at: node.range)
    }

    /// A list of tiers; `nil` if any tier is unreadable.
    private mutating func readTiers(_ node: YAMLNode, _ what: String) -> [Tier]? {
        guard let items = items(node, what) else { return nil }
        let tiers = items.enumerated().compactMap { index, item in
            readTier(item, "tier \(index + 1) of \(what)")
        }
        return tiers.count == items.count ? tiers : nil
    }

    /// `{ up_to: 1000 | inf, unit_amount, flat_amount }`, with at least one amount.
    private mutating func readTier(_ node: YAMLNode, _ what: String) -> Tier? {
        guard let fields = fields(node, .tier, what) else { return nil }
        defer { finish(fields) }
        let upTo = required("up_to", in: fields).flatMap { readUpTo($0, what) }
        let unitAmount = fields.take("unit_amount").map { recoveringAmount($0, "'unit_amount' of \(what)") }
        let flatAmount = fields.take("flat_amount").map { recoveringAmount($0, "'flat_amount' of \(what)") }
        if !fields.has("unit_amount"), !fields.has("flat_amount") {
            bag.error(
                "price.tier-amount-missing",
                "\(what) has neither 'unit_amount' nor 'flat_amount'; set at least one", at: node.range)
            return nil
        }
        guard let upTo else { return nil }
        return Tier(upTo: upTo, unitAmount: unitAmount, flatAmount: flatAmount, range: node.range)
    }

    /// `up_to`: a positive integer, or `inf` for the last tier.
    private mutating func readUpTo(_ node: YAMLNode, _ what: String) -> Located<Int?>? {
        if node.scalar?.text == "inf" { return Located(nil, at: node.range) }
        guard let bound = integer(node, "'up_to' of \(what)") else { return nil }
        guard bound.value >= 1 else {
            bag.error(
                "price.invalid-up-to", "'up_to' of \(what) is \(bound.value); it must be at least 1 or 'inf'",
                at: node.range)
            return nil
        }
        return Located(bound.value, at: node.range)
    }

    /// `package: { size, amount, round }`.
    private mutating func readPackage(_ node: YAMLNode, _ what: String) -> PackagePricing? {
        guard let fields = fields(node, .package, what) else { return nil }
        defer { finish(fields) }
        let size = required("size", in: fields).flatMap { integer($0, "'size' of \(what)") }
        let packageAmount = required("amount", in: fields).map {
            recoveringAmount($0, "'amount' of \(what)")
        }
        let round =
            fields.take("round").flatMap { enumeration($0, PackageRounding.self, "package rounding") }
            ?? .defaulted(.up)
        if let size, size.value < 1 {
            bag.error(
                "price.invalid-package-size",
                "'size' of \(what) is \(size.value); a package holds at least 1 unit",
                at: size.range)
            return nil
        }
        guard let size, let packageAmount else { return nil }
        return PackagePricing(size: size, amount: packageAmount, round: round)
    }
}
