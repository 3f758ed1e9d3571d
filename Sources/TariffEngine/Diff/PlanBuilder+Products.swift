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
                        .create(.product(product)), address: product.address, label: product.name,
                        reasons: [
                            ActionReason(
                                .missing, "no product with tariff_key '\(product.key)' exists",
                                range: product.range)
                        ],
                        changes: Self.productFields(product), range: product.range))
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
                    adopting
                        ? .adopt(liveID: current.id, desired: .product(product))
                        : .update(liveID: current.id, desired: .product(product)),
                    address: product.address, label: product.name, reasons: reasons,
                    changes: diff.changes, range: product.range))
        }
        if !product.active && current.active {
            refuseIfProtected(
                product.protected, kind: .archive, address: product.address, at: product.range,
                protectedRange: product.fieldRanges["protected"])
            add(
                PlanAction(
                    .archive(.product(liveID: current.id)), address: product.address, label: product.name,
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

    /// An update that unsets a product's `default_price` (`default_price=`).
    func unsetDefaultPrice(
        of product: LiveProduct, address: ResourceAddress, label: String, was old: String,
        reason: ActionReason,
        desired: DesiredProduct?
    ) -> PlanAction {
        PlanAction(
            .defaultPrice(.unset(productID: product.id), declared: desired), address: address, label: label,
            reasons: [reason],
            changes: [FieldChange(field: .product(.defaultPrice), before: .string(old), after: nil)],
            range: desired?.range)
    }

    /// Stripe refuses to archive a product's default price, so every price this plan archives
    /// that is still its product's default is unset first (in the default-prices stage), unless
    /// the plan already points that default elsewhere.
    mutating func planUnsetArchivedDefaults() {
        let repointed = Set(
            plan.actions.filter { action in action.changes.contains { $0.field == .product(.defaultPrice) } }
                .map(\.address))
        var unsets: [PlanAction] = []
        for archive in archives {
            guard case .archive(.price(let priceID, _, _)) = archive.operation,
                let price = index.pricesByID[priceID],
                let product = index.productsByID[price.productID], product.defaultPriceID == priceID
            else { continue }
            let ownership = OwnershipMarker.ownership(of: product.metadata, namespace: desired.namespace)
            let address: ResourceAddress =
                if case .managed(let key) = ownership { .product(key) } else {
                    ResourceAddress("products.(\(product.id))")
                }
            guard !repointed.contains(address), !unsets.contains(where: { $0.address == address }) else {
                continue
            }
            let declared = desired.products.first { $0.address == address }
            unsets.append(
                unsetDefaultPrice(
                    of: product, address: address, label: declared?.name ?? product.name, was: priceID,
                    reason: ActionReason(
                        .changed,
                        "\(priceID) is archived by this plan and Stripe cannot archive a default price",
                        field: "default_price", range: archive.range),
                    desired: declared))
        }
        let at = plan.actions.firstIndex { $0.step > .defaultPrices } ?? plan.actions.endIndex
        plan.actions.insert(contentsOf: unsets, at: at)
        for id in unsets.compactMap(\.liveID) { claimed.insert(id) }
    }

    /// Points each product's `default_price` at its declared price, after prices exist.
    mutating func planDefaultPrices() {
        for product in desired.products where product.active {
            let current = productIDs[product.key].flatMap { index.productsByID[$0] }
            guard let target = product.defaultPrice else {
                // `default_price` removed from the YAML: unset it.
                if let current, let old = current.defaultPriceID {
                    add(
                        unsetDefaultPrice(
                            of: current, address: product.address, label: product.name, was: old,
                            reason: ActionReason(
                                .changed, "the YAML declares no default_price", field: "default_price",
                                range: product.range),
                            desired: product))
                }
                continue
            }
            guard let outcome = priceOutcomes[target] else { continue }
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
                    .defaultPrice(.point(productID: current?.id, to: target), declared: product),
                    address: product.address,
                    label: product.name,
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
                    range: product.range))
        }
    }
}
