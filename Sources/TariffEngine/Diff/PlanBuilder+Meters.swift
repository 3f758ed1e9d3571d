import TariffDiagnostics
import TariffStripe

extension PlanBuilder {
    /// Meters: matched by event name; a changed event name is recognised through the managed prices
    /// that used the old meter, so the plan shows a replacement rather than an unrelated create.
    mutating func planMeters() {
        let declaredEventNames = Set(desired.meters.map(\.eventName))
        for meter in desired.meters {
            if let current = index.metersByEventName[meter.eventName]?.first {
                planExisting(meter, current: current)
            } else if let previous = previousMeter(of: meter, declaredEventNames: declaredEventNames) {
                planReplacement(of: previous, by: meter, eventNameChanged: true)
            } else {
                meterOutcomes[meter.address] = .new(replacing: nil)
                add(
                    PlanAction(
                        .create(.meter(meter)), address: meter.address, label: meter.displayName,
                        reasons: [
                            ActionReason(
                                .missing, "no meter with event name '\(meter.eventName)' exists",
                                range: meter.range)
                        ],
                        changes: Self.meterFields(meter), range: meter.range))
            }
        }
    }

    /// A live meter with a declared event name: replaced if a create-only field differs, else
    /// renamed or reactivated in place.
    private mutating func planExisting(_ meter: DesiredMeter, current: LiveMeter) {
        claimed.insert(current.id)
        var diff = FieldDiff()
        diff.compare(
            .meter(.formula), live: .string(current.formula.rawValue),
            desired: .string(meter.formula.rawValue))
        diff.compare(
            .meter(.customerPayloadKey), live: .string(current.customerPayloadKey),
            desired: .string(meter.customerPayloadKey))
        diff.compare(
            .meter(.valuePayloadKey), live: .string(current.valuePayloadKey),
            desired: .string(meter.valuePayloadKey))
        if diff.forcesReplacement {
            planReplacement(of: current, by: meter, eventNameChanged: false)
            return
        }
        diff.compare(
            .meter(.displayName), live: .string(current.displayName), desired: .string(meter.displayName))
        var reasons: [ActionReason] = []
        if current.status != .active {
            diff.append(
                .meter(.status), before: .string(current.status.rawValue),
                after: .string(StripeMeterStatus.active.rawValue), isDrift: true)
            reasons.append(
                ActionReason(
                    .drift, "the meter was deactivated outside Tariff", field: MeterField.status.path,
                    range: meter.range))
        }
        meterOutcomes[meter.address] = .kept(id: current.id)
        warnIfWindowDiffers(meter, current: current)
        guard !diff.changes.isEmpty else { return }
        if diff.changes.contains(where: { $0.field == .meter(.displayName) }) {
            reasons.insert(
                ActionReason(
                    .changed, "display_name differs from the YAML", field: MeterField.displayName.path,
                    range: meter.range),
                at: 0)
        }
        add(
            PlanAction(
                .update(liveID: current.id, desired: .meter(meter)), address: meter.address,
                label: meter.displayName, reasons: reasons, changes: diff.changes, range: meter.range))
    }

    /// A live meter keeps its `event_time_window` (Stripe cannot change it, and replacing a meter
    /// replaces its prices): without one, usage is reported to it as deltas; with another window
    /// than `usage.window`, the plan says so.
    private mutating func warnIfWindowDiffers(_ meter: DesiredMeter, current: LiveMeter) {
        guard let live = current.eventTimeWindow, let wanted = meter.eventTimeWindow,
            live.rawValue != wanted.rawValue
        else { return }
        plan.diagnostics.append(
            Diagnostic(
                .warning, code: "plan.meter-window-differs",
                "meter \(current.id) ('\(meter.key)') pre-aggregates events per \(live.rawValue), but usage.window "
                    + "is \(wanted.rawValue); Stripe cannot change a meter's event_time_window, so the meter is kept",
                at: meter.range,
                notes: [
                    DiagnosticNote(
                        "set usage.window to \(live.rawValue), or give the meter a new event_name so a new meter is created"
                    )
                ]))
    }

    /// A new meter takes over from `old`; every price on `old` is replaced in turn (cascade).
    private mutating func planReplacement(of old: LiveMeter, by meter: DesiredMeter, eventNameChanged: Bool) {
        claimed.insert(old.id)
        var diff = FieldDiff()
        diff.compare(.meter(.eventName), live: .string(old.eventName), desired: .string(meter.eventName))
        diff.compare(
            .meter(.formula), live: .string(old.formula.rawValue), desired: .string(meter.formula.rawValue))
        diff.compare(
            .meter(.customerPayloadKey), live: .string(old.customerPayloadKey),
            desired: .string(meter.customerPayloadKey))
        diff.compare(
            .meter(.valuePayloadKey), live: .string(old.valuePayloadKey),
            desired: .string(meter.valuePayloadKey))
        diff.compare(
            .meter(.displayName), live: .string(old.displayName), desired: .string(meter.displayName))
        // Shown because the new meter is created with it; never a reason to replace.
        if old.eventTimeWindow?.rawValue != meter.eventTimeWindow?.rawValue {
            diff.append(
                .meter(.eventTimeWindow), before: old.eventTimeWindow.map { .string($0.rawValue) },
                after: meter.eventTimeWindow.map { .string($0.rawValue) })
        }
        meterOutcomes[meter.address] = .new(replacing: old.id)
        let forcing = diff.changes.filter(\.forcesReplacement).map(\.field.path)
        add(
            PlanAction(
                .replace(
                    .meter(meter),
                    Replacement(oldID: old.id, transfersLookupKey: false, repointsDefaultPrice: false)),
                address: meter.address, label: meter.displayName,
                reasons: [
                    ActionReason(
                        .forcesReplacement,
                        "\(forcing.joined(separator: ", ")) cannot change on a Stripe meter; a new meter replaces "
                            + "\(old.id) and every price on it is replaced too",
                        field: forcing.first, range: meter.range)
                ],
                changes: diff.changes, range: meter.range))
        if !eventNameChanged {
            // Stripe keeps a deactivated meter's event name, so the new meter needs its own.
            error(
                "plan.meter-event-name-taken",
                "meter '\(meter.key)' must be replaced, but its event name '\(meter.eventName)' stays taken by \(old.id)",
                at: meter.range,
                notes: [
                    DiagnosticNote(
                        "give the meter a new event_name, e.g. '\(meter.eventName)_v2', and report usage to it"
                    )
                ])
        }
    }

    /// The live meter that managed prices of `meter` point at, when no meter has its event name:
    /// the YAML renamed the event.
    private func previousMeter(of meter: DesiredMeter, declaredEventNames: Set<String>) -> LiveMeter? {
        for price in desired.prices where price.recurring?.meter == meter.address {
            let key = OwnershipMarker.priceKey(product: price.productKey, price: price.key)
            for live in index.pricesByKey[key] ?? [] {
                if let id = live.recurring?.meterID, let old = index.metersByID[id],
                    !declaredEventNames.contains(old.eventName)
                {
                    return old
                }
            }
        }
        return nil
    }

    /// The fields of a meter as a create shows them.
    static func meterFields(_ meter: DesiredMeter) -> [FieldChange] {
        FieldDiff.creation(
            [
                (.meter(.displayName), .string(meter.displayName)),
                (.meter(.eventName), .string(meter.eventName)),
                (.meter(.formula), .string(meter.formula.rawValue)),
                (.meter(.customerPayloadKey), .string(meter.customerPayloadKey)),
                (.meter(.valuePayloadKey), .string(meter.valuePayloadKey)),
                (.meter(.eventTimeWindow), meter.eventTimeWindow.map { .string($0.rawValue) }),
            ], ranges: [:])
    }
}
