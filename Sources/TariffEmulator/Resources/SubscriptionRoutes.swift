extension EmulatorState {
    private static let subscriptionStatuses = [
        "active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused",
        "trialing", "unpaid",
    ]
    private static let commonUpdateFields: Set<String> = [
        "items", "metadata", "description", "proration_behavior", "payment_behavior", "cancel_at_period_end",
        "trial_end", "off_session", "proration_date", "billing_cycle_anchor", "default_payment_method",
        "collection_method", "days_until_due", "billing_thresholds",
    ]

    /// `/v1/subscriptions` and `/v1/subscriptions/{id}` (DELETE cancels).
    mutating func subscriptionsRoute(_ call: EmulatorCall) throws -> JSONValue {
        switch (call.method, call.segments.count) {
        case ("POST", 1): return try createSubscription(call)
        case ("GET", 1): return try listSubscriptions(call)
        case ("GET", 2):
            try call.params.rejectUnknown([])
            return subscriptionJSON(try subscription(call.segments[1]))
        case ("POST", 2): return try updateSubscription(call.segments[1], call)
        case ("DELETE", 2):
            try call.params.rejectUnknown(["invoice_now", "prorate", "cancellation_details"])
            var subscription = try subscription(call.segments[1])
            guard subscription.status != "canceled" else {
                throw StripeAPIError.rule(nil, "This subscription is already canceled.")
            }
            subscription.status = "canceled"
            subscription.canceledAt = call.now
            subscription.endedAt = call.now
            subscriptions[subscription.id] = subscription
            return subscriptionJSON(subscription)
        default: throw call.unrecognized
        }
    }

    /// The subscription with `id`, or a 404 `resource_missing`.
    func subscription(_ id: String) throws(StripeAPIError) -> SubscriptionRecord {
        guard let subscription = subscriptions[id] else {
            throw .noSuch("subscription", id, param: "id", inPath: true)
        }
        return subscription
    }

    /// `POST /v1/subscriptions`: an existing customer and at least one item of an active recurring price;
    /// `trial_end` or `trial_period_days` makes it `trialing`, otherwise it is `active`.
    private mutating func createSubscription(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(
            Self.commonUpdateFields.union(["customer", "trial_period_days", "billing_mode"]))
        let customerID = try params.requiredString("customer")
        let owner = try customer(customerID, param: "customer", inPath: false)
        let now = time(forCustomer: customerID, now: call.now)
        guard let itemParams = try params.objects("items"), !itemParams.isEmpty else {
            throw StripeAPIError.missing("items")
        }
        var items: [SubscriptionRecord.Item] = []
        for item in itemParams {
            try item.rejectUnknown(["price", "quantity", "metadata"])
            items.append(try newItem(item, now: now))
        }
        let billingMode = try Self.billingMode(params)
        let currency = try checkItems(items, param: "items", billingMode: billingMode)
        _ = try params.oneOf("proration_behavior", Self.prorationBehaviors)
        _ = try params.oneOf("payment_behavior", Self.paymentBehaviors)
        var subscription = SubscriptionRecord(
            id: newID("sub"), created: now, customer: customerID, items: items, currency: currency)
        subscription.billingMode = billingMode
        subscription.testClock = owner.testClock
        subscription.billingModeUpdatedAt = now
        if let days = try params.int("trial_period_days"), days > 0 {
            subscription.trialEnd = now + days * 86_400
        }
        if let trialEnd = try params.string("trial_end"), trialEnd != "now" {
            guard let end = Int(trialEnd), end > now else {
                throw StripeAPIError.rule(
                    "trial_end", "Invalid timestamp: must be an integer Unix timestamp in the future.")
            }
            subscription.trialEnd = end
        }
        if subscription.trialEnd != nil {
            subscription.status = "trialing"
            subscription.trialStart = now
        }
        try applyCollection(params, to: &subscription)
        subscription.description = try params.string("description")
        subscription.cancelAtPeriodEnd = try params.bool("cancel_at_period_end") ?? false
        if let thresholds = try Self.billingThresholds(params) { subscription.billingThresholds = thresholds }
        try MetadataPatch.apply(params, to: &subscription.metadata)
        for item in items { itemOwners[item.id] = subscription.id }
        subscriptions[subscription.id] = subscription
        return subscriptionJSON(subscription)
    }

    /// `items[i][id]` updates that item, `items[i][deleted]=true` removes it, and an entry
    /// without an id adds a new item.
    private mutating func updateSubscription(_ id: String, _ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(Self.commonUpdateFields)
        var subscription = try subscription(id)
        let now = time(forCustomer: subscription.customer, now: call.now)
        if subscription.status == "canceled",
            params.keys.contains(where: { $0 != "metadata" && $0 != "expand" })
        {
            throw StripeAPIError.rule(nil, "A canceled subscription can only update its metadata.")
        }
        if let behavior = try params.oneOf("proration_behavior", Self.prorationBehaviors) {
            subscription.lastProrationBehavior = behavior
        }
        _ = try params.oneOf("payment_behavior", Self.paymentBehaviors)
        for itemParams in try params.objects("items") ?? [] {
            try itemParams.rejectUnknown(["id", "price", "quantity", "metadata", "deleted", "clear_usage"])
            guard let itemID = try itemParams.string("id") else {
                let item = try newItem(itemParams, now: now)
                subscription.items.append(item)
                itemOwners[item.id] = id
                continue
            }
            guard let index = subscription.items.firstIndex(where: { $0.id == itemID }) else {
                throw StripeAPIError.noSuch(
                    "subscription item", itemID, param: itemParams.name("id"), inPath: false)
            }
            if try itemParams.bool("deleted") == true {
                itemOwners[itemID] = nil
                subscription.items.remove(at: index)
            } else {
                try updateItem(&subscription.items[index], with: itemParams)
            }
        }
        if params.has("items") {
            subscription.currency = try checkItems(
                subscription.items, param: "items", billingMode: subscription.billingMode)
        }
        if let description = try params.emptyableString("description") {
            subscription.description = description
        }
        try applyCollection(params, to: &subscription)
        if let cancel = try params.bool("cancel_at_period_end") { subscription.cancelAtPeriodEnd = cancel }
        if let thresholds = try Self.billingThresholds(params) { subscription.billingThresholds = thresholds }
        try MetadataPatch.apply(params, to: &subscription.metadata)
        subscriptions[id] = subscription
        return subscriptionJSON(subscription)
    }

    /// `billing_mode[type]`: `flexible` (the default for new subscriptions) or `classic`.
    private static func billingMode(_ params: FormParams) throws -> String {
        guard let mode = try params.object("billing_mode") else { return "flexible" }
        try mode.rejectUnknown(["type", "flexible"])
        guard let type = try mode.oneOf("type", ["classic", "flexible"]) else {
            throw StripeAPIError.missing(mode.name("type"))
        }
        return type
    }

    /// `collection_method`, `days_until_due` (only with `send_invoice`, where Stripe requires
    /// it) and `default_payment_method`.
    private func applyCollection(_ params: FormParams, to subscription: inout SubscriptionRecord) throws {
        if let method = try params.oneOf("collection_method", ["charge_automatically", "send_invoice"]) {
            subscription.collectionMethod = method
            if method == "charge_automatically" { subscription.daysUntilDue = nil }
        }
        if let days = try params.int("days_until_due") {
            guard subscription.collectionMethod == "send_invoice" else {
                throw StripeAPIError.rule(
                    "days_until_due", "days_until_due can only be set when collection_method is send_invoice."
                )
            }
            subscription.daysUntilDue = days
        }
        if subscription.collectionMethod == "send_invoice", subscription.daysUntilDue == nil {
            throw StripeAPIError.missing("days_until_due")
        }
        if let method = try params.emptyableString("default_payment_method") {
            subscription.defaultPaymentMethod = method
        }
    }

    /// Everything but canceled by default; `all` and `ended` as Stripe defines them.
    private func listSubscriptions(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "limit", "starting_after", "ending_before", "customer", "price", "status", "expand", "test_clock",
        ])
        let expand = try call.expansions(allowed: ["customer"], list: true)
        let customer = try params.string("customer")
        let price = try params.string("price")
        let clock = try params.string("test_clock")
        let status = try params.oneOf("status", Self.subscriptionStatuses)
        let slice = try ListPage(params).slice(subscriptions.idsNewestFirst, kind: "subscription") { id in
            guard let subscription = subscriptions[id] else { return false }
            let statusMatches: Bool
            switch status {
            case nil: statusMatches = subscription.status != "canceled"
            case "all": statusMatches = true
            case "ended": statusMatches = ["canceled", "incomplete_expired"].contains(subscription.status)
            case let wanted?: statusMatches = subscription.status == wanted
            }
            return statusMatches && (customer == nil || subscription.customer == customer)
                && (price == nil || subscription.items.contains { $0.priceID == price })
                && (clock == nil || subscription.testClock == clock)
        }
        let data = slice.ids.compactMap { id in
            subscriptions[id].map {
                expandCustomer(subscriptionJSON($0), of: $0, if: expand.contains("customer"))
            }
        }
        return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/subscriptions")
    }

    /// Inlines the customer object in place of its id (`expand[]=data.customer`), so a reader of
    /// many subscriptions needs no request per customer.
    private func expandCustomer(_ json: JSONValue, of subscription: SubscriptionRecord, if wanted: Bool)
        -> JSONValue
    {
        guard wanted, let record = customers[subscription.customer], case .object(var fields) = json,
            let index = fields.firstIndex(where: { $0.0 == "customer" })
        else { return json }
        fields[index].1 = record.json(livemode: livemode)
        return .object(fields)
    }
}
