/// One `items[N]` entry of a subscription create or update.
///
/// On update, `id` names an existing item (omit it to add a new one). Changing `price` resets the
/// quantity to 1 unless `quantity` is sent too, so migrations send the old quantity explicitly.
package struct SubscriptionItemParams: Sendable, Hashable {
    package var id: String?
    package var price: String?
    /// Leave nil for metered prices.
    package var quantity: Int?
    /// `true` removes the item (update only).
    package var deleted: Bool?
    package var metadata: [String: String]

    package init(
        id: String? = nil, price: String? = nil, quantity: Int? = nil, deleted: Bool? = nil,
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.price = price
        self.quantity = quantity
        self.deleted = deleted
        self.metadata = metadata
    }

    var formValue: StripeFormValue {
        var fields: [StripeFormField] = []
        if let id { fields.append(StripeFormField("id", .string(id))) }
        if let price { fields.append(StripeFormField("price", .string(price))) }
        if let quantity { fields.append(StripeFormField("quantity", .integer(quantity))) }
        if let deleted { fields.append(StripeFormField("deleted", .bool(deleted))) }
        if !metadata.isEmpty { fields.append(StripeFormField("metadata", .map(metadata))) }
        return .object(fields)
    }
}

/// Parameters of `POST /v1/subscriptions` (seeding and tests).
package struct SubscriptionCreateParams: StripeFormEncodable, Hashable {
    package var customer: String
    package var items: [SubscriptionItemParams]
    package var metadata: [String: String]
    package var prorationBehavior: StripeProrationBehavior?

    package init(
        customer: String, items: [SubscriptionItemParams], metadata: [String: String] = [:],
        prorationBehavior: StripeProrationBehavior? = nil
    ) {
        self.customer = customer
        self.items = items
        self.metadata = metadata
        self.prorationBehavior = prorationBehavior
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("customer", .string(customer))
        form.append("items", .indexed(items.map(\.formValue)))
        form.appendMetadata(metadata)
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        return form
    }
}

/// Parameters of `POST /v1/subscriptions/{id}`: swap, add or remove items in one call.
package struct SubscriptionUpdateParams: StripeFormEncodable, Hashable {
    package var items: [SubscriptionItemParams]
    package var prorationBehavior: StripeProrationBehavior?
    package var metadata: StripeMetadataPatch?
    package var cancelAtPeriodEnd: Bool?

    package init(
        items: [SubscriptionItemParams] = [], prorationBehavior: StripeProrationBehavior? = nil,
        metadata: StripeMetadataPatch? = nil, cancelAtPeriodEnd: Bool? = nil
    ) {
        self.items = items
        self.prorationBehavior = prorationBehavior
        self.metadata = metadata
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        if !items.isEmpty { form.append("items", .indexed(items.map(\.formValue))) }
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        form.append("metadata", ifPresent: metadata?.formValue)
        form.append("cancel_at_period_end", ifPresent: cancelAtPeriodEnd.map { .bool($0) })
        return form
    }
}

/// Parameters of `POST /v1/subscription_items/{id}`.
package struct SubscriptionItemUpdateParams: StripeFormEncodable, Hashable {
    package var price: String?
    package var quantity: Int?
    package var prorationBehavior: StripeProrationBehavior?
    package var metadata: StripeMetadataPatch?

    package init(
        price: String? = nil, quantity: Int? = nil, prorationBehavior: StripeProrationBehavior? = nil,
        metadata: StripeMetadataPatch? = nil
    ) {
        self.price = price
        self.quantity = quantity
        self.prorationBehavior = prorationBehavior
        self.metadata = metadata
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("price", ifPresent: price.map { .string($0) })
        form.append("quantity", ifPresent: quantity.map { .integer($0) })
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        form.append("metadata", ifPresent: metadata?.formValue)
        return form
    }
}
