import TariffDiagnostics

extension PlanBuilder {
    /// Prices: matched by lookup key (or, when the key was removed in the Dashboard, by
    /// `metadata.tariff_key`); a create-only difference replaces the price, moving its lookup key.
    mutating func planPrices() {
        for price in desired.prices {
            let marker = OwnershipMarker.priceKey(product: price.productKey, price: price.key)
            let holders = index.pricesByLookupKey[price.lookupKey] ?? []
            if let current = holders.first(where: { index.isManaged($0.metadata) }) {
                planExisting(price, current: current, adopting: false, lookupKeyDrift: false)
            } else if let holder = holders.first {
                guard options.adopt else {
                    error(
                        "plan.natural-key-taken",
                        "lookup key '\(price.lookupKey)' is held by \(holder.id), a price Tariff does not manage",
                        at: price.fieldRanges["lookup_key"] ?? price.range,
                        notes: [
                            DiagnosticNote(
                                "run plan with --adopt to take it over, or choose another lookup_key")
                        ])
                    continue
                }
                planExisting(price, current: holder, adopting: true, lookupKeyDrift: false)
            } else if let current = index.pricesByKey[marker]?.first(where: {
                $0.active && $0.lookupKey == nil
            }) {
                planExisting(price, current: current, adopting: false, lookupKeyDrift: true)
            } else if price.active {
                priceOutcomes[price.address] = .new(replacing: nil)
                var reasons = [
                    ActionReason(
                        .missing, "no price with lookup key '\(price.lookupKey)' exists", range: price.range)
                ]
                if case .new? = price.recurring?.meter.flatMap({ meterOutcomes[$0] }) {
                    reasons.append(ActionReason(.cascade, "its meter is new", field: "recurring.meter"))
                }
                add(
                    PlanAction(
                        kind: .create, resource: .price, address: price.address, step: .prices,
                        label: price.nickname ?? price.lookupKey, reasons: reasons,
                        changes: priceFields(price), range: price.range, desired: .price(price)))
            } else {
                priceOutcomes[price.address] = .inactive
            }
        }
    }

    /// Compares a live price with its declaration and plans update, replace or archive.
    private mutating func planExisting(
        _ price: DesiredPrice, current: LivePrice, adopting: Bool, lookupKeyDrift: Bool
    ) {
        claimed.insert(current.id)
        planSuperseded(price, current: current)
        if !price.active {
            priceOutcomes[price.address] = .inactive
            if current.active { planDeclaredArchive(price, current: current) }
            return
        }
        var diff = FieldDiff(ranges: price.fieldRanges)
        let cascade = compareCreateOnly(price, current: current, into: &diff)
        compareUpdatable(price, current: current, into: &diff)
        var reasons: [ActionReason] = []
        if adopting {
            reasons.append(
                ActionReason(
                    .unmarked, "price \(current.id) holds the lookup key but has no Tariff marker",
                    range: price.range))
        }
        if diff.forcesReplacement {
            planReplacement(price, current: current, diff: diff, cascade: cascade, reasons: reasons)
            return
        }
        priceOutcomes[price.address] = .kept(id: current.id)
        if lookupKeyDrift {
            diff.changes.append(
                FieldChange(
                    field: "lookup_key", before: nil, after: .string(price.lookupKey), isDrift: true,
                    range: price.fieldRanges["lookup_key"]))
            reasons.append(
                ActionReason(
                    .drift, "the lookup key was removed outside Tariff", field: "lookup_key",
                    range: price.range))
        }
        if !current.active {
            diff.changes.append(
                FieldChange(field: "active", before: .bool(false), after: .bool(true), isDrift: true))
            reasons.append(
                ActionReason(
                    .drift, "the price was archived outside Tariff", field: "active", range: price.range))
        }
        guard !diff.changes.isEmpty || adopting else { return }
        if !adopting, diff.changes.contains(where: { !$0.isDrift }) {
            let fields = diff.changes.filter { !$0.isDrift }.map(\.field).joined(separator: ", ")
            reasons.insert(
                ActionReason(.changed, "\(fields) differ from the YAML", range: price.range), at: 0)
        }
        add(
            PlanAction(
                kind: adopting ? .adopt : .update, resource: .price, address: price.address, step: .prices,
                liveID: current.id, label: price.nickname ?? price.lookupKey, reasons: reasons,
                changes: diff.changes, range: price.range, desired: .price(price)))
    }

    /// The create-only fields of §2.1. Returns whether a replaced meter forces the change.
    private func compareCreateOnly(_ price: DesiredPrice, current: LivePrice, into diff: inout FieldDiff)
        -> Bool
    {
        let productID = productIDs[price.productKey] ?? price.productKey
        diff.compare(
            "product", live: .string(current.productID), desired: .string(productID), forcesReplacement: true)
        diff.compare(
            "currency", live: .string(current.currency), desired: .string(price.currency),
            forcesReplacement: true)
        diff.compare(
            "billing_scheme", live: .string(current.amounts.billingScheme),
            desired: .string(price.amounts.billingScheme), forcesReplacement: true)
        diff.compare(
            "unit_amount",
            live: amountValue(
                current.amounts, currency: current.currency, recurring: current.recurring.map(\.interval),
                count: current.recurring?.intervalCount ?? 1,
                metered: current.recurring?.usageType == "metered"),
            desired: amountValue(
                price.amounts, currency: price.currency, recurring: price.recurring?.interval,
                count: price.recurring?.intervalCount ?? 1, metered: price.recurring?.usageType == "metered"),
            forcesReplacement: true)
        diff.compare(
            "tiers_mode", live: current.amounts.tiersMode, desired: price.amounts.tiersMode,
            forcesReplacement: true)
        diff.compare(
            "tiers", live: tiersValue(current.amounts, currency: current.currency),
            desired: tiersValue(price.amounts, currency: price.currency), forcesReplacement: true)
        diff.compare(
            "transform_quantity.divide_by",
            live: current.amounts.transformQuantity.map { .integer($0.divideBy) },
            desired: price.amounts.transformQuantity.map { .integer($0.divideBy) }, forcesReplacement: true)
        diff.compare(
            "transform_quantity.round", live: current.amounts.transformQuantity?.round,
            desired: price.amounts.transformQuantity?.round, forcesReplacement: true)
        diff.compare(
            "recurring.interval", live: current.recurring?.interval, desired: price.recurring?.interval,
            forcesReplacement: true)
        diff.compare(
            "recurring.interval_count", live: current.recurring.map { .integer($0.intervalCount) },
            desired: price.recurring.map { .integer($0.intervalCount) }, forcesReplacement: true)
        diff.compare(
            "recurring.usage_type", live: current.recurring?.usageType, desired: price.recurring?.usageType,
            forcesReplacement: true)
        var cascade = false
        if let address = price.recurring?.meter {
            switch meterOutcomes[address] {
            case .kept(let id)?:
                diff.compare(
                    "recurring.meter", live: current.recurring?.meterID, desired: id, forcesReplacement: true)
            case .new?:
                cascade = true
                diff.changes.append(
                    FieldChange(
                        field: "recurring.meter", before: current.recurring?.meterID.map(PlanValue.string),
                        after: .string("(new meter \(address))"), forcesReplacement: true,
                        range: price.fieldRanges["recurring.meter"]))
            case .inactive?, nil:
                break
            }
        } else {
            diff.compare(
                "recurring.meter", live: current.recurring?.meterID, desired: nil, forcesReplacement: true)
        }
        if let desiredTax = price.taxBehavior, let liveTax = current.taxBehavior, liveTax != "unspecified",
            liveTax != desiredTax
        {
            // Stripe fixes tax_behavior once it is inclusive or exclusive.
            diff.compare("tax_behavior", live: liveTax, desired: desiredTax, forcesReplacement: true)
        }
        return cascade
    }

    /// The fields Stripe updates in place.
    private func compareUpdatable(_ price: DesiredPrice, current: LivePrice, into diff: inout FieldDiff) {
        // A price's nickname is not emptyable on update, so the YAML manages it only when it sets one.
        if price.nickname != nil { diff.compare("nickname", live: current.nickname, desired: price.nickname) }
        if let desiredTax = price.taxBehavior,
            current.taxBehavior == nil || current.taxBehavior == "unspecified"
        {
            diff.compare("tax_behavior", live: current.taxBehavior, desired: desiredTax)
        }
        for currency in Set(price.currencyOptions.keys).union(current.currencyOptions.keys).sorted() {
            let field = "currency_options.\(currency)"
            let live = current.currencyOptions[currency].flatMap {
                optionValue($0, currency: currency, price: price)
            }
            let wanted = price.currencyOptions[currency].flatMap {
                optionValue($0, currency: currency, price: price)
            }
            diff.compare(field, live: live, desired: wanted)
        }
        diff.compareMetadata(live: current.metadata, desired: price.metadata)
    }

    /// Plans `replace`: the new price, the lookup-key move, and the old price's archive later.
    private mutating func planReplacement(
        _ price: DesiredPrice, current: LivePrice, diff: FieldDiff, cascade: Bool, reasons: [ActionReason]
    ) {
        priceOutcomes[price.address] = .new(replacing: current.id)
        var reasons = reasons
        let forcing = diff.changes.filter(\.forcesReplacement)
        let names = forcing.map(\.field).joined(separator: ", ")
        if cascade {
            reasons.append(
                ActionReason(
                    .cascade, "its meter \(price.recurring?.meter?.path ?? "") is replaced",
                    field: "recurring.meter", range: price.fieldRanges["recurring.meter"]))
        }
        reasons.append(
            ActionReason(
                .forcesReplacement, "\(names) cannot change on a Stripe price", field: forcing.first?.field,
                range: forcing.first?.range ?? price.range))
        refuseIfProtected(
            price.protected, kind: .replace, address: price.address, at: price.range,
            protectedRange: price.fieldRanges["protected"])
        let product = productIDs[price.productKey].flatMap { index.productsByID[$0] }
        add(
            PlanAction(
                kind: .replace, resource: .price, address: price.address, step: .prices, liveID: current.id,
                label: price.nickname ?? price.lookupKey, reasons: reasons, changes: diff.changes,
                range: price.range, desired: .price(price),
                replacement: Replacement(
                    oldID: current.id, transfersLookupKey: current.lookupKey != nil,
                    repointsDefaultPrice: product?.defaultPriceID == current.id)))
    }

    /// Archives earlier, still active versions of the price beside the one that holds its lookup
    /// key: what a replacement interrupted before its archive step leaves behind. Their subscribers
    /// follow the price's `on_change` policy (``planSubscribers()``).
    private mutating func planSuperseded(_ price: DesiredPrice, current: LivePrice) {
        let marker = OwnershipMarker.priceKey(product: price.productKey, price: price.key)
        for old in index.pricesByKey[marker] ?? []
        where old.active && old.id != current.id && !claimed.contains(old.id) {
            add(
                PlanAction(
                    kind: .archive, resource: .price, address: price.address, step: .archives, liveID: old.id,
                    label: price.nickname ?? price.lookupKey,
                    reasons: [
                        ActionReason(
                            .superseded,
                            "\(old.id) is an earlier version of this price that is still active; \(current.id) holds its lookup key",
                            range: price.range)
                    ],
                    changes: [FieldChange(field: "active", before: .bool(true), after: .bool(false))],
                    range: price.range, desired: .price(price)))
        }
    }

    /// `active: false` on a live, active price.
    private mutating func planDeclaredArchive(_ price: DesiredPrice, current: LivePrice) {
        refuseIfProtected(
            price.protected, kind: .archive, address: price.address, at: price.range,
            protectedRange: price.fieldRanges["protected"])
        add(
            PlanAction(
                kind: .archive, resource: .price, address: price.address, step: .archives, liveID: current.id,
                label: price.nickname ?? price.lookupKey,
                reasons: [
                    ActionReason(
                        .declaredInactive, "the YAML declares active: false", field: "active",
                        range: price.fieldRanges["active"])
                ],
                changes: [
                    FieldChange(
                        field: "active", before: .bool(true), after: .bool(false),
                        range: price.fieldRanges["active"])
                ],
                range: price.range))
    }

    /// The fields of a price as a create (and the new side of a replace) shows them.
    func priceFields(_ price: DesiredPrice) -> [FieldChange] {
        var values: [(String, PlanValue?)] = [
            ("lookup_key", .string(price.lookupKey)),
            ("nickname", price.nickname.map(PlanValue.string)),
            ("currency", .string(price.currency)),
            ("billing_scheme", .string(price.amounts.billingScheme)),
            (
                "unit_amount",
                amountValue(
                    price.amounts, currency: price.currency, recurring: price.recurring?.interval,
                    count: price.recurring?.intervalCount ?? 1,
                    metered: price.recurring?.usageType == "metered")
            ),
            ("tiers_mode", price.amounts.tiersMode.map(PlanValue.string)),
            ("tiers", tiersValue(price.amounts, currency: price.currency)),
            ("transform_quantity.divide_by", price.amounts.transformQuantity.map { .integer($0.divideBy) }),
            ("transform_quantity.round", price.amounts.transformQuantity.map { .string($0.round) }),
            ("recurring.interval", price.recurring.map { .string($0.interval) }),
            ("recurring.interval_count", price.recurring.map { .integer($0.intervalCount) }),
            ("recurring.usage_type", price.recurring.map { .string($0.usageType) }),
            (
                "recurring.meter",
                price.recurring?.meter.map { address in
                    .string(meterOutcomes[address]?.liveID ?? "(new meter \(address))")
                }
            ),
            ("tax_behavior", price.taxBehavior.map(PlanValue.string)),
        ]
        for currency in price.currencyOptions.keys.sorted() {
            values.append(
                (
                    "currency_options.\(currency)",
                    price.currencyOptions[currency].flatMap {
                        optionValue($0, currency: currency, price: price)
                    }
                ))
        }
        for key in price.metadata.keys.sorted() {
            values.append(("metadata.\(key)", price.metadata[key].map(PlanValue.string)))
        }
        return FieldDiff.creation(values, ranges: price.fieldRanges)
    }
}
