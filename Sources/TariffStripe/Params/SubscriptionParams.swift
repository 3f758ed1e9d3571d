/// One `items[N]` entry of a subscription create or update.
///
/// On update, `id` names an existing item (omit it to add a new one). Changing `price` resets the
/// quantity to 1 unless `quantity` is sent too, so migrations send the old quantity explicitly.
public struct SubscriptionItemParams: Sendable, Hashable {
    public var id: String?
    public var price: String?
    /// Leave nil for metered prices.
    public var quantity: Int?
    /// `true` removes the item (update only).
    public var deleted: Bool?
    public var metadata: [String: String]

    public init(
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
public struct SubscriptionCreateParams: StripeFormEncodable, Hashable {
    public var customer: String
    public var items: [SubscriptionItemParams]
    public var metadata: [String: String]
    public var prorationBehavior: StripeProrationBehavior?

    public init(
        customer: String, items: [SubscriptionItemParams], metadata: [String: String] = [:],
        prorationBehavior: StripeProrationBehavior? = nil
    ) {
        self.customer = customer
        self.items = items
        self.metadata = metadata
        self.prorationBehavior = prorationBehavior
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("customer", .string(customer))
        form.append("items", .indexed(items.map(\.formValue)))
        form.appendMetadata(metadata)
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        return form
    }
}

/// Parameters of `POST /v1/subscriptions/{id}`: swap, add or remove items in one call.
public struct SubscriptionUpdateParams: StripeFormEncodable, Hashable {
    public var items: [SubscriptionItemParams]
    public var prorationBehavior: StripeProrationBehavior?
    public var metadata: StripeMetadataPatch?
    public var cancelAtPeriodEnd: Bool?

    public init(
        items: [SubscriptionItemParams] = [], prorationBehavior: StripeProrationBehavior? = nil,
        metadata: StripeMetadataPatch? = nil, cancelAtPeriodEnd: Bool? = nil
    ) {
        self.items = items
        self.prorationBehavior = prorationBehavior
        self.metadata = metadata
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        if !items.isEmpty { form.append("items", .indexed(items.map(\.formValue))) }
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        form.append("metadata", ifPresent: metadata?.formValue)
        form.append("cancel_at_period_end", ifPresent: cancelAtPeriodEnd.map { .bool($0) })
        return form
    }
}

/// Parameters of `POST /v1/subscription_items/{id}`.
public struct SubscriptionItemUpdateParams: StripeFormEncodable, Hashable {
    public var price: String?
    public var quantity: Int?
    public var prorationBehavior: StripeProrationBehavior?
    public var metadata: StripeMetadataPatch?

    public init(
        price: String? = nil, quantity: Int? = nil, prorationBehavior: StripeProrationBehavior? = nil,
        metadata: StripeMetadataPatch? = nil
    ) {
        self.price = price
        self.quantity = quantity
        self.prorationBehavior = prorationBehavior
        self.metadata = metadata
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("price", ifPresent: price.map { .string($0) })
        form.append("quantity", ifPresent: quantity.map { .integer($0) })
        form.append("proration_behavior", ifPresent: prorationBehavior.map { .string($0.rawValue) })
        form.append("metadata", ifPresent: metadata?.formValue)
        return form
    }
}
