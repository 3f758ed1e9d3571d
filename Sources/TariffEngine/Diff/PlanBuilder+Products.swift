import TariffDiagnostics

extension PlanBuilder {
    /// Products: matched by `metadata.tariff_key`; the Stripe id of a new product is its YAML key,
    /// so an unmarked product already holding that id blocks the create unless adopted.
    mutating func planProducts() {
        for product in desired.products {
            if let current = index.productsByKey[product.key]?.first {
                productIDs[product.key] = current.id
                planExisting(product, current: current, adopting: false)
            } else if let holder = index.productsByID[product.stripeID] {
                guard options.adopt else {
                    error(
                        "plan.natural-key-taken",
                        "product id '\(product.stripeID)' is already used by a product Tariff does not manage",
                        at: product.range,
                        notes: [
                            DiagnosticNote("run plan with --adopt to take it over, or rename the product key")
                        ])
                    continue
                }
                productIDs[product.key] = holder.id
                planExisting(product, current: holder, adopting: true)
            } else if product.active {
                add(
                    PlanAction(
                        kind: .create, resource: .product, address: product.address, step: .products,
                        label: product.name,
                        reasons: [
                            ActionReason(
                                .missing, "no product with tariff_key '\(product.key)' exists",
                                range: product.range)
                        ],
                        changes: Self.productFields(product), range: product.range, desired: .product(product)
                    ))
            }
        }
    }

    /// Updates (or adopts) a live product, and archives it when the YAML says `active: false`.
    private mutating func planExisting(_ product: DesiredProduct, current: LiveProduct, adopting: Bool) {
        claimed.insert(current.id)
        var diff = FieldDiff(ranges: product.fieldRanges)
        diff.compare(.product(.name), live: .string(current.name), desired: .string(product.name))
        diff.compare(.product(.description), live: current.description, desired: product.description)
        diff.compare(.product(.taxCode), live: current.taxCode, desired: product.taxCode)
        diff.compare(.product(.unitLabel), live: current.unitLabel, desired: product.unitLabel)
        diff.compareMetadata(live: current.metadata, desired: product.metadata) { .product(.metadata($0)) }
        var reasons: [ActionReason] = []
        if adopting {
            reasons.append(
                ActionReason(
                    .unmarked, "product \(current.id) has the declared id but no Tariff marker",
                    range: product.range))
        }
        if product.active && !current.active {
            diff.changes.append(
                FieldChange(field: .product(.active), before: .bool(false), after: .bool(true), isDrift: true)
            )
            reasons.append(
                ActionReason(
                    .drift, "the product was archived outside Tariff", field: "active", range: product.range))
        }
        if !diff.changes.isEmpty || adopting {
            if !adopting, diff.changes.contains(where: { $0.field != .product(.active) }) {
                reasons.insert(
                    ActionReason(.changed, "fields differ from the YAML", range: product.range), at: 0)
            }
            add(
                PlanAction(
                    kind: adopting ? .adopt : .update, resource: .product, address: product.address,
                    step: .products, liveID: current.id, label: product.name, reasons: reasons,
                    changes: diff.changes, range: product.range, desired: .product(product)))
        }
        if !product.active && current.active {
            refuseIfProtected(
                product.protected, kind: .archive, address: product.address, at: product.range,
                protectedRange: product.fieldRanges["protected"])
            add(
                PlanAction(
                    kind: .archive, resource: .product, address: product.address, step: .archives,
                    liveID: current.id, label: product.name,
                    reasons: [
                        ActionReason(
                            .declaredInactive, "the YAML declares active: false", field: "active",
                            range: product.fieldRanges["active"])
                    ],
                    changes: [
                        FieldChange(
                            field: .product(.active), before: .bool(true), after: .bool(false),
                            range: product.fieldRanges["active"])
                    ],
                    range: product.range))
        }
    }

    /// The fields of a product as a create shows them.
    static func productFields(_ product: DesiredProduct) -> [FieldChange] {
        var values: [(PlanField, PlanValue?)] = [
            (.product(.id), .string(product.key)),
            (.product(.name), .string(product.name)),
            (.product(.description), product.description.map(PlanValue.string)),
            (.product(.taxCode), product.taxCode.map(PlanValue.string)),
            (.product(.unitLabel), product.unitLabel.map(PlanValue.string)),
        ]
        for key in product.metadata.keys.sorted() {
            values.append((.product(.metadata(key)), product.metadata[key].map(PlanValue.string)))
        }
        return FieldDiff.creation(values, ranges: product.fieldRanges)
    }

    /// Points each product's `default_price` at its declared price, after prices exist.
    mutating func planDefaultPrices() {
        for product in desired.products where product.active {
            guard let target = product.defaultPrice, let outcome = priceOutcomes[target] else { continue }
            let current = productIDs[product.key].flatMap { index.productsByID[$0] }
            let before = current?.defaultPriceID
            let after: PlanValue
            switch outcome {
            case .kept(let id):
                guard before != id else { continue }
                after = .string(id)
            case .new:
                after = .created(.price, target)
            case .inactive:
                continue
            }
            add(
                PlanAction(
                    kind: .update, resource: .product, address: product.address, step: .defaultPrices,
                    liveID: current?.id, label: product.name,
                    reasons: [
                        ActionReason(
                            before == nil ? .missing : .changed, "default_price should be \(target)",
                            field: "default_price", range: product.fieldRanges["default_price"])
                    ],
                    changes: [
                        FieldChange(
                            field: .product(.defaultPrice), before: before.map(PlanValue.string),
                            after: after,
                            range: product.fieldRanges["default_price"])
                    ],
                    range: product.range, desired: .product(product)))
        }
    }
}
