import Foundation

/// Pay as you go: a subscription's `billing_thresholds[amount_gte]` cuts an invoice
/// (`billing_reason=subscription_threshold`) as soon as the metered amount of its current
/// period reaches the threshold (stripe-usage.md §7.1).
///
/// The emulator finds the first meter event (by timestamp) at which the priced usage not yet
/// invoiced reaches `amount_gte`, and invoices that usage at that moment; the period goes on,
/// and the renewal invoice bills only the usage after it. Tiers restart with each invoice, and
/// a threshold invoice drafts for an hour like a renewal, both [unverified]. With
/// `reset_billing_cycle_anchor`, every item's period restarts at the crossing and the licensed
/// items are billed for the new period on the same invoice; Stripe's proration of the unused
/// licensed time is not modelled.
extension EmulatorState {
    /// Reads `billing_thresholds[amount_gte]` and `[reset_billing_cycle_anchor]`;
    /// `billing_thresholds=` removes them (`.some(nil)`), absence leaves them (`nil`).
    static func billingThresholds(_ params: FormParams) throws -> SubscriptionRecord.BillingThresholds?? {
        if params.isEmptied("billing_thresholds") { return .some(nil) }
        guard let object = try params.object("billing_thresholds") else { return nil }
        try object.rejectUnknown(["amount_gte", "reset_billing_cycle_anchor"])
        guard let amount = try object.int("amount_gte") else {
            throw StripeAPIError.missing("billing_thresholds[amount_gte]")
        }
        guard amount > 0 else {
            throw StripeAPIError.invalid(
                "billing_thresholds[amount_gte]", code: "parameter_invalid_integer",
                "amount_gte must be a positive integer.")
        }
        let reset = try object.bool("reset_billing_cycle_anchor") ?? false
        return .some(SubscriptionRecord.BillingThresholds(amountGTE: amount, resetBillingCycleAnchor: reset))
    }

    /// The moment (the second after a meter event) before `end` at which the subscription's
    /// uninvoiced metered amount first reaches its threshold; nil if it does not.
    func thresholdCrossing(of subscription: SubscriptionRecord, before end: Int) -> Int? {
        guard let threshold = subscription.billingThresholds?.amountGTE,
            ["active", "past_due"].contains(subscription.status)
        else { return nil }
        let metered = subscription.items.compactMap {
            item -> (SubscriptionRecord.Item, PriceRecord, MeterRecord)? in
            guard let price = prices[item.priceID], let meterID = price.recurring?.meter,
                price.recurring?.usageType == "metered", let meter = meters[meterID]
            else { return nil }
            return (item, price, meter)
        }
        let moments = Set(
            metered.flatMap { item, _, meter in
                countedEvents(
                    meter: meter, customer: subscription.customer, from: item.usageFrom ?? item.periodStart,
                    to: end, visibleAt: Int.max
                ).map { $0.timestamp + 1 }
            }
        ).sorted()
        for moment in moments {
            let amount = metered.reduce(0) { sum, entry in
                let (item, price, meter) = entry
                let events = countedEvents(
                    meter: meter, customer: subscription.customer, from: item.usageFrom ?? item.periodStart,
                    to: moment, visibleAt: Int.max)
                let usage = Self.aggregate(events, formula: meter.formula)
                return sum + price.scheme(in: subscription.currency).charge(for: Decimal(usage)).amount
            }
            if amount >= threshold { return moment }
        }
        return nil
    }

    /// Invoices the subscription's uninvoiced metered usage up to `moment` and moves its
    /// items' usage start there (or, with `reset_billing_cycle_anchor`, restarts their periods).
    mutating func cutThresholdInvoice(subscriptionID: String, at moment: Int) {
        guard var subscription = subscriptions[subscriptionID] else { return }
        let reset = subscription.billingThresholds?.resetBillingCycleAnchor == true
        var lines: [InvoiceRecord.Line] = []
        for index in subscription.items.indices {
            let item = subscription.items[index]
            guard let price = prices[item.priceID], let recurring = price.recurring else { continue }
            if recurring.usageType == "metered" {
                lines.append(
                    newLine(
                        item: item.id, price: price, quantity: 0,
                        period: (item.usageFrom ?? item.periodStart, moment), true))
                subscription.items[index].usageFrom = moment
            }
            if reset {
                subscription.items[index].periodStart = moment
                subscription.items[index].periodEnd = SubscriptionRecord.periodEnd(
                    start: moment, recurring: recurring)
                subscription.items[index].usageFrom = nil
                if recurring.usageType == "licensed" {
                    let renewed = subscription.items[index]
                    lines.append(
                        newLine(
                            item: item.id, price: price, quantity: item.quantity ?? 1,
                            period: (renewed.periodStart, renewed.periodEnd), false))
                }
            }
        }
        subscriptions[subscriptionID] = subscription
        let customer = customers[subscription.customer]
        var invoice = InvoiceRecord(
            id: newID("in"), created: moment, customer: subscription.customer, subscription: subscriptionID,
            currency: subscription.currency, periodStart: lines.map(\.periodStart).min() ?? moment,
            periodEnd: moment, lines: lines, testClock: subscription.testClock,
            automaticallyFinalizesAt: moment + Self.draftSeconds, customerName: customer?.name,
            customerEmail: customer?.email)
        invoice.billingReason = "subscription_threshold"
        invoice.lines = lines.map { line in
            price(
                line: line, quantity: line.metered ? meteredUsage(of: line, in: invoice) : line.quantity,
                invoice)
        }
        invoices[invoice.id] = invoice
    }
}
