/// Compares computed usage with what Stripe holds and decides, per meter, company and window,
/// what to send and what to hold back (DESIGN.md §9). A pure function: no clock, no I/O.
package enum UsageReconciler {
    /// Stripe rejects values with more than 15 significant digits.
    package static let largestValue: Int64 = 999_999_999_999_999

    /// The plan for `computed` against `reported`.
    ///
    /// Each computed window is checked in this order, the first failing check holding it back:
    /// the company maps to exactly one customer; Stripe has the meter; the customer subscribes to
    /// a price of the meter; the window is no older than Stripe's 35 days; the window has settled;
    /// the value fits 15 digits. A window that passes is sent when its value differs from the
    /// reported one. A reported window in the lookback with no computed usage left is sent back
    /// to 0 (a pre-aggregated meter) or cancelled out (a delta meter).
    package static func reconcile(
        meters: [ReportMeter], computed: [ComputedTotal], reported: [ReportedKey: ReportedValue],
        directory: CustomerDirectory, clock: ReconcileClock
    ) -> UsagePlan {
        let meterByKey = Dictionary(meters.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let meterByEvent = Dictionary(
            meters.map { ($0.eventName, $0) }, uniquingKeysWith: { first, _ in first })
        var plan = UsagePlan(asOf: clock.now)
        var seen: Set<ReportedKey> = []
        for total in computed {
            guard let meter = meterByKey[total.meterKey] else { continue }
            let customer = directory.customerByCompany[total.company]
            if let reason = holdReason(total, meter: meter, customer: customer, directory, clock) {
                plan.held.append(
                    UsageHeld(
                        reason: reason, meterKey: meter.key, company: total.company, customer: customer,
                        window: total.window, value: total.value))
                continue
            }
            guard let customer else { continue }
            let key = ReportedKey(
                eventName: meter.eventName, customer: customer, windowStart: total.window.start)
            seen.insert(key)
            let before = reported[key]?.value ?? 0
            if before == total.value {
                plan.inSync += 1
            } else {
                plan.sends.append(
                    UsageSend(
                        meterKey: meter.key, eventName: meter.eventName, company: total.company,
                        customer: customer, window: total.window, mode: meter.mode, computed: total.value,
                        reported: before))
            }
        }
        let companyByCustomer = Dictionary(
            directory.customerByCompany.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        for (key, value) in reported where !seen.contains(key) && value.value != 0 {
            guard let meter = meterByEvent[key.eventName], meter.meterID != nil,
                value.window.start >= clock.lookbackStart, clock.isSettled(value.window),
                !clock.isTooOld(value.window)
            else { continue }
            plan.sends.append(
                UsageSend(
                    meterKey: meter.key, eventName: meter.eventName,
                    company: value.company ?? companyByCustomer[key.customer] ?? key.customer,
                    customer: key.customer, window: value.window, mode: meter.mode, computed: 0,
                    reported: value.value))
        }
        let order = Dictionary(
            meters.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        plan.sends.sort {
            (order[$0.meterKey] ?? 0, $0.customer, $0.window.start)
                < (order[$1.meterKey] ?? 0, $1.customer, $1.window.start)
        }
        plan.held.sort {
            ($0.reason, order[$0.meterKey] ?? 0, $0.company, $0.window.start)
                < ($1.reason, order[$1.meterKey] ?? 0, $1.company, $1.window.start)
        }
        return plan
    }

    /// Why a computed window cannot be sent now, or `nil` when it can.
    private static func holdReason(
        _ total: ComputedTotal, meter: ReportMeter, customer: String?, _ directory: CustomerDirectory,
        _ clock: ReconcileClock
    ) -> HoldReason? {
        if directory.ambiguous[total.company] != nil { return .ambiguousCustomer }
        guard let customer else { return .noCustomer }
        if meter.meterID == nil { return .noMeter }
        if !(directory.subscribers[meter.eventName]?.contains(customer) ?? false) { return .noSubscription }
        if clock.isTooOld(total.window) { return .tooOld }
        if !clock.isSettled(total.window) { return .unsettled }
        if abs(total.value) > largestValue { return .tooManyDigits }
        return nil
    }
}
