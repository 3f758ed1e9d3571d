extension EmulatorState {
    static let prorationBehaviors = ["always_invoice", "create_prorations", "none"]
    static let paymentBehaviors = [
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete",
    ]

    /// A price a subscription item may use: it exists, is recurring and is active.
    func subscribablePrice(_ id: String, param: String) throws -> PriceRecord {
        let price = try price(id, param: param, inPath: false)
        guard price.active else {
            throw StripeAPIError.rule(
                param, "The price specified is inactive. This field only accepts active prices.")
        }
        guard price.recurring != nil else {
            throw StripeAPIError.rule(
                param,
                "The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`."
            )
        }
        return price
    }

    /// The quantity of an item: metered prices take none; licensed ones default to 1.
    func itemQuantity(_ params: FormParams, price: PriceRecord, current: Int?) throws -> Int? {
        let quantity = try params.int("quantity")
        if price.recurring?.usageType == "metered" {
            if quantity != nil {
                throw StripeAPIError.rule(
                    params.name("quantity"),
                    "Quantity should not be specified where usage_type is `metered`. Remove quantity from `\(params.name("quantity"))`."
                )
            }
            return nil
        }
        if let quantity, quantity < 0 {
            throw StripeAPIError.rule(params.name("quantity"), "Quantity must be a non-negative integer.")
        }
        return quantity ?? current ?? 1
    }

    /// Applies `price`/`quantity`/`metadata` to an existing item. Changing the price resets
    /// the quantity to 1 unless `quantity` is sent too (Stripe's documented rule).
    func updateItem(_ item: inout SubscriptionRecord.Item, with params: FormParams) throws {
        if let priceID = try params.string("price"), priceID != item.priceID {
            let price = try subscribablePrice(priceID, param: params.name("price"))
            item.priceID = priceID
            item.quantity = try itemQuantity(params, price: price, current: nil)
        } else if params.has("quantity") {
            item.quantity = try itemQuantity(
                params, price: try price(item.priceID, param: params.name("price"), inPath: false),
                current: item.quantity)
        }
        try MetadataPatch.apply(params, to: &item.metadata)
    }

    /// A new item for `params` (`price`, `quantity`, `metadata`) starting at `now`.
    mutating func newItem(_ params: FormParams, now: Int) throws -> SubscriptionRecord.Item {
        guard let priceID = try params.string("price") else {
            throw StripeAPIError.missing(params.name("price"))
        }
        let price = try subscribablePrice(priceID, param: params.name("price"))
        var item = SubscriptionRecord.Item(
            id: newID("si"), created: now, priceID: priceID,
            quantity: try itemQuantity(params, price: price, current: nil),
            periodStart: now, periodEnd: SubscriptionRecord.periodEnd(start: now, recurring: price.recurring))
        try MetadataPatch.apply(params, to: &item.metadata)
        return item
    }

    /// Stripe's rules across items: one currency, no price twice, and one billing interval unless
    /// the subscription is in flexible billing mode, where Stripe allows mixed intervals (API
    /// 2025-07-30.basil and later), so an item may also move to a price of another interval.
    func checkItems(_ items: [SubscriptionRecord.Item], param: String, billingMode: String) throws -> String {
        let itemPrices = items.compactMap { prices[$0.priceID] }
        guard let first = itemPrices.first else { throw StripeAPIError.missing("\(param)[0][price]") }
        let mixedIntervals = billingMode == "flexible"
        for price in itemPrices
        where price.currency != first.currency
            || (!mixedIntervals
                && (price.recurring?.interval != first.recurring?.interval
                    || price.recurring?.intervalCount != first.recurring?.intervalCount))
        {
            throw StripeAPIError.rule(
                param,
                "Currency and interval fields must match across all prices on this subscription. Found mismatch in price \(price.id)."
            )
        }
        if Set(items.map(\.priceID)).count != items.count {
            throw StripeAPIError.rule(param, "Cannot add multiple subscription items with the same price.")
        }
        guard items.count <= 20 else {
            throw StripeAPIError.rule(param, "A subscription can have at most 20 items.")
        }
        return first.currency
    }
}
