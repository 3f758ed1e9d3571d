import TariffDiagnostics
import TariffStripe

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
            } else if options.adopt, price.active, let twin = unkeyedTwin(of: price) {
                planExisting(price, current: twin, adopting: true, lookupKeyDrift: false, twin: true)
            } else if price.active {
                warnIfDuplicate(price, replacing: nil)
                priceOutcomes[price.address] = .new(replacing: nil)
                var reasons = [
                    ActionReason(
                        .missing, "no price with lookup key '\(price.lookupKey)' exists", range: price.range)
                ]
                if case .new? = price.recurring?.meter.flatMap({ meterOutcomes[$0] }) {
                    reasons.append(
                        ActionReason(.cascade, "its meter is new", field: PriceField.recurringMeter.path))
                }
                add(
                    PlanAction(
                        .create(.price(price)), address: price.address,
                        label: price.nickname ?? price.lookupKey,
                        reasons: reasons, changes: priceFields(price), range: price.range))
            } else {
                priceOutcomes[price.address] = .inactive
            }
        }
    }

    /// Compares a live price with its declaration and plans update, replace or archive.
    /// - Parameter twin: `current` was found by its terms (``unkeyedTwin(of:)``), so adopting it
    ///   also sets its lookup key.
    private mutating func planExisting(
        _ price: DesiredPrice, current: LivePrice, adopting: Bool, lookupKeyDrift: Bool, twin: Bool = false
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
        if twin {
            reasons.append(
                ActionReason(
                    .unmarked,
                    "price \(current.id) has the same terms on the same product, no lookup key and no Tariff marker",
                    range: price.range))
            diff.append(.price(.lookupKey), before: nil, after: .string(price.lookupKey))
        } else if adopting {
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
            diff.append(.price(.lookupKey), before: nil, after: .string(price.lookupKey), isDrift: true)
            reasons.append(
                ActionReason(
                    .drift, "the lookup key was removed outside Tariff", field: "lookup_key",
                    range: price.range))
        }
        if !current.active {
            diff.changes.append(
                FieldChange(field: .price(.active), before: .bool(false), after: .bool(true), isDrift: true))
            reasons.append(
                ActionReason(
                    .drift, "the price was archived outside Tariff", field: "active", range: price.range))
        }
        guard !diff.changes.isEmpty || adopting else { return }
        if !adopting, diff.changes.contains(where: { !$0.isDrift }) {
            let fields = diff.changes.filter { !$0.isDrift }.map(\.field.path).joined(separator: ", ")
            reasons.insert(
                ActionReason(.changed, "\(fields) differ from the YAML", range: price.range), at: 0)
        }
        add(
            PlanAction(
                adopting
                    ? .adopt(liveID: current.id, desired: .price(price))
                    : .update(liveID: current.id, desired: .price(price)),
                address: price.address, label: price.nickname ?? price.lookupKey, reasons: reasons,
                changes: diff.changes, range: price.range))
    }

    /// The create-only fields of §2.1. Returns whether a replaced meter forces the change.
    func compareCreateOnly(_ price: DesiredPrice, current: LivePrice, into diff: inout FieldDiff)
        -> Bool
    {
        let productID = productIDs[price.productKey] ?? price.productKey
        let liveContext = AmountContext(current)
        let desiredContext = AmountContext(price)
        diff.compare(.price(.product), live: .string(current.productID), desired: .string(productID))
        diff.compare(.price(.currency), live: .string(current.currency), desired: .string(price.currency))
        diff.compare(
            .price(.billingScheme), live: .string(current.amounts.billingScheme.rawValue),
            desired: .string(price.amounts.billingScheme.rawValue))
        diff.compare(
            .price(.unitAmount), live: amountValue(current.amounts, liveContext),
            desired: amountValue(price.amounts, desiredContext))
        diff.compare(
            .price(.tiersMode), live: current.amounts.tiersMode?.rawValue,
            desired: price.amounts.tiersMode?.rawValue)
        diff.compare(
            .price(.tiers), live: tiersValue(current.amounts, currency: current.currency),
            desired: tiersValue(price.amounts, currency: price.currency))
        diff.compare(
            .price(.transformQuantityDivideBy),
            live: current.amounts.transformQuantity.map { .integer($0.divideBy) },
            desired: price.amounts.transformQuantity.map { .integer($0.divideBy) })
        diff.compare(
            .price(.transformQuantityRound), live: current.amounts.transformQuantity?.round.rawValue,
            desired: price.amounts.transformQuantity?.round.rawValue)
        diff.compare(
            .price(.recurringInterval), live: current.recurring?.interval.rawValue,
            desired: price.recurring?.interval.rawValue)
        diff.compare(
            .price(.recurringIntervalCount), live: current.recurring.map { .integer($0.intervalCount) },
            desired: price.recurring.map { .integer($0.intervalCount) })
        diff.compare(
            .price(.recurringUsageType), live: current.recurring?.usageType.rawValue,
            desired: price.recurring?.usageType.rawValue)
        var cascade = false
        if let address = price.recurring?.meter {
            switch meterOutcomes[address] {
            case .kept(let id)?:
                diff.compare(.price(.recurringMeter), live: current.recurring?.meterID, desired: id)
            case .new?:
                cascade = true
                diff.append(
                    .price(.recurringMeter), before: current.recurring?.meterID.map(PlanValue.string),
                    after: .created(.meter, address), forcesReplacement: true)
            case .inactive?, nil:
                break
            }
        } else {
            diff.compare(.price(.recurringMeter), live: current.recurring?.meterID, desired: nil)
        }
        // Stripe fixes tax_behavior once it is inclusive or exclusive.
        if let desiredTax = price.taxBehavior, let liveTax = current.taxBehavior, liveTax != .unspecified,
            liveTax != desiredTax
        {
            diff.append(
                .price(.taxBehavior), before: .string(liveTax.rawValue), after: .string(desiredTax.rawValue),
                forcesReplacement: true)
        }
        return cascade
    }

    /// The fields Stripe updates in place.
    func compareUpdatable(_ price: DesiredPrice, current: LivePrice, into diff: inout FieldDiff) {
        // A price's nickname is not emptyable on update, so the YAML manages it only when it sets one.
        if price.nickname != nil {
            diff.compare(.price(.nickname), live: current.nickname, desired: price.nickname)
        }
        if let desiredTax = price.taxBehavior,
            current.taxBehavior == nil || current.taxBehavior == .unspecified
        {
            diff.compare(
                .price(.taxBehavior), live: current.taxBehavior?.rawValue, desired: desiredTax.rawValue)
        }
        for currency in Set(price.currencyOptions.keys).union(current.currencyOptions.keys).sorted() {
            let live = current.currencyOptions[currency].flatMap {
                optionValue($0, currency: currency, price: price)
            }
            let wanted = price.currencyOptions[currency].flatMap {
                optionValue($0, currency: currency, price: price)
            }
            if current.currencyOptions[currency] != nil, price.currencyOptions[currency] == nil,
                !price.currencyOptions.isEmpty
            {
                // A price update sets the options it is sent and leaves the others; only
                // `currency_options=` removes them, all at once. Removing one of several therefore
                // needs a new price.
                diff.append(
                    .price(.currencyOption(currency)), before: live, after: nil, forcesReplacement: true)
            } else {
                diff.compare(.price(.currencyOption(currency)), live: live, desired: wanted)
            }
            compareOptionTax(price, current: current, currency: currency, into: &diff)
        }
        diff.compareMetadata(live: current.metadata, desired: price.metadata) { .price(.metadata($0)) }
    }

    /// A declared currency option's `tax_behavior`: set in place while Stripe has it unspecified,
    /// else fixed (a difference replaces the price), as for the price's own.
    private func compareOptionTax(
        _ price: DesiredPrice, current: LivePrice, currency: String, into diff: inout FieldDiff
    ) {
        guard price.currencyOptions[currency] != nil, current.currencyOptions[currency] != nil,
            let desiredTax = price.currencyOptionTaxBehavior[currency]
        else { return }
        let field = PlanField.price(.currencyOptionTaxBehavior(currency))
        let liveTax = current.currencyOptionTaxBehavior[currency]
        if let liveTax, liveTax != .unspecified {
            if liveTax != desiredTax {
                diff.append(
                    field, before: .string(liveTax.rawValue), after: .string(desiredTax.rawValue),
                    forcesReplacement: true)
            }
        } else {
            diff.compare(field, live: liveTax?.rawValue, desired: desiredTax.rawValue)
        }
    }

    /// Plans `replace`: the new price, the lookup-key move, and the old price's archive later.
    private mutating func planReplacement(
        _ price: DesiredPrice, current: LivePrice, diff: FieldDiff, cascade: Bool, reasons: [ActionReason]
    ) {
        priceOutcomes[price.address] = .new(replacing: current.id)
        warnIfDuplicate(price, replacing: current.id)
        var reasons = reasons
        let forcing = diff.changes.filter(\.forcesReplacement)
        let names = forcing.map(\.field.path).joined(separator: ", ")
        if cascade {
            reasons.append(
                ActionReason(
                    .cascade, "its meter \(price.recurring?.meter?.path ?? "") is replaced",
                    field: PriceField.recurringMeter.path,
                    range: price.fieldRanges[PriceField.recurringMeter.path]))
        }
        reasons.append(
            ActionReason(
                .forcesReplacement, "\(names) cannot change on a Stripe price",
                field: forcing.first?.field.path,
                range: forcing.first?.range ?? price.range))
        refuseIfProtected(
            price.protected, kind: .replace, address: price.address, at: price.range,
            protectedRange: price.fieldRanges["protected"])
        let product = productIDs[price.productKey].flatMap { index.productsByID[$0] }
        add(
            PlanAction(
                .replace(
                    .price(price, impact: nil),
                    Replacement(
                        oldID: current.id, transfersLookupKey: current.lookupKey != nil,
                        repointsDefaultPrice: product?.defaultPriceID == current.id)),
                address: price.address, label: price.nickname ?? price.lookupKey, reasons: reasons,
                changes: diff.changes, range: price.range))
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
                    .archive(.price(liveID: old.id, impact: nil, successor: price)), address: price.address,
                    label: price.nickname ?? price.lookupKey,
                    reasons: [
                        ActionReason(
                            .superseded,
                            "\(old.id) is an earlier version of this price that is still active; \(current.id) holds its lookup key",
                            range: price.range)
                    ],
                    changes: [FieldChange(field: .price(.active), before: .bool(true), after: .bool(false))],
                    range: price.range))
        }
    }

    /// `active: false` on a live, active price.
    private mutating func planDeclaredArchive(_ price: DesiredPrice, current: LivePrice) {
        refuseIfProtected(
            price.protected, kind: .archive, address: price.address, at: price.range,
            protectedRange: price.fieldRanges["protected"])
        add(
            PlanAction(
                .archive(.price(liveID: current.id, impact: nil, successor: nil)), address: price.address,
                label: price.nickname ?? price.lookupKey,
                reasons: [
                    ActionReason(
                        .declaredInactive, "the YAML declares active: false", field: "active",
                        range: price.fieldRanges["active"])
                ],
                changes: [
                    FieldChange(
                        field: .price(.active), before: .bool(true), after: .bool(false),
                        range: price.fieldRanges["active"])
                ],
                range: price.range))
    }

    /// The fields of a price as a create (and the new side of a replace) shows them.
    func priceFields(_ price: DesiredPrice) -> [FieldChange] {
        var values: [(PlanField, PlanValue?)] = [
            (.price(.lookupKey), .string(price.lookupKey)),
            (.price(.nickname), price.nickname.map(PlanValue.string)),
            (.price(.currency), .string(price.currency)),
            (.price(.billingScheme), .string(price.amounts.billingScheme.rawValue)),
            (.price(.unitAmount), amountValue(price.amounts, AmountContext(price))),
            (.price(.tiersMode), price.amounts.tiersMode.map { .string($0.rawValue) }),
            (.price(.tiers), tiersValue(price.amounts, currency: price.currency)),
            (
                .price(.transformQuantityDivideBy),
                price.amounts.transformQuantity.map { .integer($0.divideBy) }
            ),
            (
                .price(.transformQuantityRound),
                price.amounts.transformQuantity.map { .string($0.round.rawValue) }
            ),
            (.price(.recurringInterval), price.recurring.map { .string($0.interval.rawValue) }),
            (.price(.recurringIntervalCount), price.recurring.map { .integer($0.intervalCount) }),
            (.price(.recurringUsageType), price.recurring.map { .string($0.usageType.rawValue) }),
            (
                .price(.recurringMeter),
                price.recurring?.meter.map { address in
                    meterOutcomes[address]?.liveID.map(PlanValue.string) ?? .created(.meter, address)
                }
            ),
            (.price(.taxBehavior), price.taxBehavior.map { .string($0.rawValue) }),
        ]
        for currency in price.currencyOptions.keys.sorted() {
            values.append(
                (
                    .price(.currencyOption(currency)),
                    price.currencyOptions[currency].flatMap {
                        optionValue($0, currency: currency, price: price)
                    }
                ))
        }
        for key in price.metadata.keys.sorted() {
            values.append((.price(.metadata(key)), price.metadata[key].map(PlanValue.string)))
        }
        return FieldDiff.creation(values, ranges: price.fieldRanges)
    }
}
