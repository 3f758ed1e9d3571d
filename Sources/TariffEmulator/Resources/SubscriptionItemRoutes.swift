extension EmulatorState {
    /// `/v1/subscription_items` (list by `subscription`, create) and `/v1/subscription_items/{id}`.
    mutating func subscriptionItemsRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("GET", 1):
            try params.rejectUnknown(["limit", "starting_after", "ending_before", "subscription"])
            let subscriptionID = try params.requiredString("subscription")
            let subscription =
                try subscriptions[subscriptionID]
                ?? {
                    throw StripeAPIError.noSuch(
                        "subscription", subscriptionID, param: "subscription", inPath: false)
                }()
            let items = subscription.items.reversed().map(\.id)
            let slice = try ListPage(params).slice(Array(items), kind: "subscription item") { _ in true }
            let data = slice.ids.compactMap { id in
                subscription.items.first { $0.id == id }.map { itemJSON($0, subscription: subscriptionID) }
            }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/subscription_items")
        case ("POST", 1):
            try params.rejectUnknown([
                "subscription", "price", "quantity", "metadata", "proration_behavior", "payment_behavior",
                "proration_date",
            ])
            let subscriptionID = try params.requiredString("subscription")
            guard var subscription = subscriptions[subscriptionID] else {
                throw StripeAPIError.noSuch(
                    "subscription", subscriptionID, param: "subscription", inPath: false)
            }
            _ = try params.oneOf("proration_behavior", Self.prorationBehaviors)
            let item = try newItem(params, now: call.now)
            subscription.items.append(item)
            _ = try checkItems(subscription.items, param: "price", billingMode: subscription.billingMode)
            itemOwners[item.id] = subscriptionID
            subscriptions[subscriptionID] = subscription
            return itemJSON(item, subscription: subscriptionID)
        case (_, 2):
            return try itemRoute(call, itemID: call.segments[1])
        default: throw call.unrecognized
        }
    }

    /// Retrieve, update (`price`, `quantity`, `proration_behavior`, `metadata`) or delete one item.
    private mutating func itemRoute(_ call: EmulatorCall, itemID: String) throws -> JSONValue {
        let params = call.params
        guard let subscriptionID = itemOwners[itemID], var subscription = subscriptions[subscriptionID],
            let index = subscription.items.firstIndex(where: { $0.id == itemID })
        else { throw StripeAPIError.noSuch("subscription item", itemID, param: "id", inPath: true) }
        switch call.method {
        case "GET":
            try params.rejectUnknown([])
            return itemJSON(subscription.items[index], subscription: subscriptionID)
        case "POST":
            try params.rejectUnknown([
                "price", "quantity", "metadata", "proration_behavior", "proration_date", "payment_behavior",
                "off_session",
            ])
            if let behavior = try params.oneOf("proration_behavior", Self.prorationBehaviors) {
                subscription.lastProrationBehavior = behavior
            }
            _ = try params.oneOf("payment_behavior", Self.paymentBehaviors)
            try updateItem(&subscription.items[index], with: params)
            subscription.currency = try checkItems(
                subscription.items, param: "price", billingMode: subscription.billingMode)
            subscriptions[subscriptionID] = subscription
            return itemJSON(subscription.items[index], subscription: subscriptionID)
        case "DELETE":
            try params.rejectUnknown(["proration_behavior", "proration_date", "clear_usage"])
            guard subscription.items.count > 1 else {
                throw StripeAPIError.rule(
                    nil, "A subscription must have at least one active item; cancel the subscription instead."
                )
            }
            subscription.items.remove(at: index)
            itemOwners[itemID] = nil
            subscriptions[subscriptionID] = subscription
            return .object([
                ("id", .string(itemID)), ("object", .string("subscription_item")), ("deleted", .bool(true)),
            ])
        default: throw call.unrecognized
        }
    }
}
