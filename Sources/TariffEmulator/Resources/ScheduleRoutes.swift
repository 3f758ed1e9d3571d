extension EmulatorState {
    /// `/v1/subscription_schedules`, `…/{id}`, `…/{id}/release` and `…/{id}/cancel`.
    mutating func schedulesRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("POST", 1): return try createSchedule(call)
        case ("GET", 1):
            try params.rejectUnknown(["limit", "starting_after", "ending_before", "customer"])
            let customer = try params.string("customer")
            let slice = try ListPage(params).slice(schedules.idsNewestFirst, kind: "subscription schedule") {
                id in
                customer == nil || schedules[id]?.customer == customer
            }
            let data = slice.ids.compactMap { schedules[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/subscription_schedules")
        case ("GET", 2):
            try params.rejectUnknown([])
            return try schedule(call.segments[1]).json(livemode: livemode)
        case ("POST", 2): return try updateSchedule(call.segments[1], call)
        case ("POST", 3) where ["release", "cancel"].contains(call.segments[2]):
            try params.rejectUnknown(["preserve_cancel_date", "invoice_now", "prorate"])
            var schedule = try schedule(call.segments[1])
            guard ["active", "not_started"].contains(schedule.status) else {
                throw StripeAPIError.rule(
                    nil,
                    "You cannot \(call.segments[2]) a subscription schedule whose status is \(schedule.status)."
                )
            }
            if let subscriptionID = schedule.subscription, var subscription = subscriptions[subscriptionID] {
                subscription.schedule = nil
                if call.segments[2] == "cancel" {
                    subscription.status = "canceled"
                    subscription.canceledAt = call.now
                    subscription.endedAt = call.now
                }
                subscriptions[subscriptionID] = subscription
            }
            if call.segments[2] == "release" {
                schedule.status = "released"
                schedule.releasedAt = call.now
                schedule.releasedSubscription = schedule.subscription
            } else {
                schedule.status = "canceled"
                schedule.canceledAt = call.now
            }
            schedule.subscription = nil
            schedules[schedule.id] = schedule
            return schedule.json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    private func schedule(_ id: String) throws(StripeAPIError) -> ScheduleRecord {
        guard let schedule = schedules[id] else {
            throw .noSuch("subscription schedule", id, param: "id", inPath: true)
        }
        return schedule
    }

    /// `from_subscription` alone (with `expand`): Stripe refuses any other parameter beside it
    /// ("other parameters cannot be set"; set them with an update). The schedule starts with the
    /// subscription's current period as its one phase, as Stripe does.
    private mutating func createSchedule(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(Self.createFields)
        // The emulator makes schedules only from an existing subscription.
        guard let subscriptionID = try params.string("from_subscription") else {
            throw StripeAPIError.missing("from_subscription")
        }
        if let other = params.keys.first(where: { $0 != "from_subscription" && $0 != "expand" }) {
            throw StripeAPIError.rule(
                other,
                "You cannot set `\(other)` when `from_subscription` is set: a schedule made from a subscription takes no other parameter. Update the schedule to set it."
            )
        }
        guard var subscription = subscriptions[subscriptionID] else {
            throw StripeAPIError.noSuch(
                "subscription", subscriptionID, param: "from_subscription", inPath: false)
        }
        guard subscription.schedule == nil, subscription.status != "canceled" else {
            throw StripeAPIError.rule(
                "from_subscription", "The subscription is canceled or already managed by a schedule.")
        }
        let start = subscription.items.map(\.periodStart).min() ?? call.now
        let end = subscription.items.map(\.periodEnd).max() ?? start
        let phase = ScheduleRecord.Phase(
            start: start, end: end, items: subscription.items.map { ($0.priceID, $0.quantity) },
            prorationBehavior: "create_prorations")
        let schedule = ScheduleRecord(
            id: newID("sub_sched"), created: call.now, customer: subscription.customer,
            subscription: subscriptionID, phases: [phase], billingMode: subscription.billingMode,
            billingModeUpdatedAt: subscription.billingModeUpdatedAt, currency: subscription.currency,
            testClock: subscription.testClock)
        subscription.schedule = schedule.id
        subscriptions[subscriptionID] = subscription
        schedules[schedule.id] = schedule
        return schedule.json(livemode: livemode)
    }

    /// What `POST /v1/subscription_schedules` takes (the emulator implements only
    /// `from_subscription`; the rest are refused beside it, as Stripe does).
    private static let createFields: Set<String> = [
        "from_subscription", "metadata", "phases", "customer", "end_behavior", "start_date",
        "default_settings", "billing_mode",
    ]

    /// Replaces the phases from the current one on. The first phase must keep the current phase's
    /// start; each later phase starts where the previous one ends, which `end_date` or
    /// `duration` sets (`iterations` was removed in API 2025-09-30.clover). A last phase with
    /// neither lasts one billing period of its first item, as on Stripe.
    private mutating func updateSchedule(_ id: String, _ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(["phases", "end_behavior", "metadata", "proration_behavior"])
        var schedule = try schedule(id)
        guard schedule.status == "active" || schedule.status == "not_started" else {
            throw StripeAPIError.rule(
                nil, "You cannot update a subscription schedule whose status is \(schedule.status).")
        }
        if let behavior = try params.oneOf("end_behavior", ["cancel", "none", "release", "renew"]) {
            schedule.endBehavior = behavior
        }
        let defaultProration =
            try params.oneOf("proration_behavior", Self.prorationBehaviors) ?? "create_prorations"
        if let phaseParams = try params.objects("phases") {
            guard !phaseParams.isEmpty else { throw StripeAPIError.missing("phases") }
            let current =
                schedule.phases.indices.contains(schedule.currentPhase)
                ? schedule.phases[schedule.currentPhase] : nil
            var phases: [ScheduleRecord.Phase] = []
            for (index, phase) in phaseParams.enumerated() {
                phases.append(
                    try parsePhase(
                        phase, index: index, count: phaseParams.count, previous: phases.last,
                        current: current, proration: defaultProration))
            }
            schedule.phases = phases
            schedule.currentPhase = 0
        }
        try MetadataPatch.apply(params, to: &schedule.metadata)
        schedules[id] = schedule
        return schedule.json(livemode: livemode)
    }

    /// One entry of `phases[]`: its items, start (from the previous phase) and end.
    private func parsePhase(
        _ phase: FormParams, index: Int, count: Int, previous: ScheduleRecord.Phase?,
        current: ScheduleRecord.Phase?, proration: String
    ) throws -> ScheduleRecord.Phase {
        try phase.rejectUnknown([
            "items", "start_date", "end_date", "duration", "proration_behavior", "metadata",
        ])
        guard let itemParams = try phase.objects("items"), !itemParams.isEmpty else {
            throw StripeAPIError.missing(phase.name("items"))
        }
        var items: [(price: String, quantity: Int?)] = []
        var interval: PriceRecord.Recurring?
        for item in itemParams {
            try item.rejectUnknown(["price", "quantity", "metadata"])
            guard let priceID = try item.string("price") else {
                throw StripeAPIError.missing(item.name("price"))
            }
            // A phase may keep the archived price the subscription already has; new phases need active prices.
            let price = try self.price(priceID, param: item.name("price"), inPath: false)
            let inCurrent = current?.items.contains { $0.price == priceID } ?? false
            guard price.recurring != nil, price.active || inCurrent else {
                throw StripeAPIError.rule(
                    item.name("price"),
                    "The price specified is inactive or not recurring. This field only accepts active recurring prices."
                )
            }
            interval = interval ?? price.recurring
            items.append((priceID, try itemQuantity(item, price: price, current: nil)))
        }
        let start: Int
        if index == 0 {
            start = try phase.int("start_date") ?? current?.start ?? 0
            if let current, start != current.start {
                throw StripeAPIError.rule(
                    phase.name("start_date"),
                    "The first phase must start at the current phase's start_date (\(current.start)).")
            }
        } else {
            guard let previous else { throw StripeAPIError.missing("phases[\(index - 1)][end_date]") }
            start = previous.end
        }
        let end = try phaseEnd(phase, start: start, interval: interval, isLast: index == count - 1)
        guard end > start else {
            throw StripeAPIError.rule(phase.name("end_date"), "The phase must end after it starts.")
        }
        let behavior = try phase.oneOf("proration_behavior", Self.prorationBehaviors) ?? proration
        var parsed = ScheduleRecord.Phase(start: start, end: end, items: items, prorationBehavior: behavior)
        try MetadataPatch.apply(phase, to: &parsed.metadata)
        return parsed
    }

    /// `end_date`, or `start` plus `duration[interval]` × `duration[interval_count]` (one of them,
    /// not both); a last phase with neither lasts one period of `interval`.
    private func phaseEnd(_ phase: FormParams, start: Int, interval: PriceRecord.Recurring?, isLast: Bool)
        throws -> Int
    {
        let endDate = try phase.int("end_date")
        if let duration = try phase.object("duration") {
            if endDate != nil {
                throw StripeAPIError.exclusive(phase.name("end_date"), phase.name("duration"))
            }
            try duration.rejectUnknown(["interval", "interval_count"])
            guard let unit = try duration.oneOf("interval", ["day", "week", "month", "year"]) else {
                throw StripeAPIError.missing(duration.name("interval"))
            }
            let count = try duration.int("interval_count") ?? 1
            guard count >= 1 else {
                throw StripeAPIError.invalid(
                    duration.name("interval_count"), code: "parameter_invalid_integer",
                    "This value must be greater than or equal to 1.")
            }
            return SubscriptionRecord.periodEnd(start: start, interval: unit, count: count)
        }
        if let endDate { return endDate }
        guard isLast else { throw StripeAPIError.missing(phase.name("end_date")) }
        return SubscriptionRecord.periodEnd(start: start, recurring: interval)
    }
}
