extension EmulatorState {
    /// `POST /v1/invoices/create_preview` for a `subscription`: the invoice its next renewal
    /// would cut if the period ended now — metered lines with the usage of the current period so
    /// far (priced by the pricing math), licensed lines for the period after. Nothing is stored.
    ///
    /// Only `subscription` (and a matching `customer`) is taken; the preview's id
    /// (`upcoming_in_…`) and whether Stripe shows credits or the balance on a preview are
    /// [unverified], so neither is applied here.
    mutating func invoicePreview(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown(["subscription", "customer"])
        guard let subscriptionID = try params.string("subscription") else {
            throw StripeAPIError.missing("subscription")
        }
        guard let subscription = subscriptions[subscriptionID] else {
            throw StripeAPIError.noSuch("subscription", subscriptionID, param: "subscription", inPath: false)
        }
        if let customer = try params.string("customer"), customer != subscription.customer {
            throw StripeAPIError.rule(
                "customer", "The subscription \(subscriptionID) belongs to another customer.")
        }
        let now = time(forCustomer: subscription.customer, now: call.now)
        var lines: [InvoiceRecord.Line] = []
        for item in subscription.items {
            guard let price = prices[item.priceID], let recurring = price.recurring else { continue }
            let metered = recurring.usageType == "metered"
            let period =
                metered
                ? (item.periodStart, item.periodEnd)
                : (item.periodEnd, SubscriptionRecord.periodEnd(start: item.periodEnd, recurring: recurring))
            lines.append(
                InvoiceRecord.Line(
                    id: newID("il_tmp"), subscriptionItem: item.id, priceID: price.id,
                    productID: price.productID, quantity: item.quantity ?? 1, amount: 0,
                    unitAmountDecimal: nil,
                    periodStart: period.0, periodEnd: period.1, description: "", metered: metered))
        }
        let customer = customers[subscription.customer]
        let periodStart = subscription.items.map(\.periodStart).min() ?? now
        var invoice = InvoiceRecord(
            id: newID("upcoming_in"), created: now, customer: subscription.customer,
            subscription: subscription.id, currency: subscription.currency, periodStart: periodStart,
            periodEnd: subscription.items.map(\.periodEnd).min() ?? now, lines: lines,
            testClock: subscription.testClock, customerName: customer?.name, customerEmail: customer?.email)
        invoice.lines = lines.map { line in
            guard line.metered else { return price(line: line, quantity: line.quantity, invoice) }
            var sofar = line
            sofar.periodEnd = min(line.periodEnd, now)
            return price(line: line, quantity: meteredUsage(of: sofar, in: invoice), invoice)
        }
        return invoice.json(livemode: livemode)
    }
}
