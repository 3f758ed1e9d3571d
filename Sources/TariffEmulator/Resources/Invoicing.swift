import Foundation
import TariffBillingPricing

/// Turning closed billing periods into invoices, as Stripe does when a test clock advances.
///
/// At a renewal boundary `T` of a subscription (its items' period `[S, T)` just ended), Stripe
/// cuts one invoice (`billing_reason=subscription_cycle`) with, per item: for a licensed price,
/// price × quantity for the period that starts at `T` (licensed prices bill in advance); for a
/// metered price, the meter's aggregate of the customer's events timestamped in `[S, T)`, priced
/// with the price's tiers, packages or unit amount (metered prices bill in arrears). The invoice
/// stays a draft for an hour (https://docs.stripe.com/billing/testing/test-clocks/api-advanced-usage),
/// then finalizes; metered lines are recomputed then, since usage of the ended period counts
/// until finalization.
extension EmulatorState {
    /// How long a renewal invoice stays a draft before Stripe finalizes it.
    static let draftSeconds = 3_600

    /// Drafts the renewal invoice of a subscription at `boundary`, where the periods of the
    /// `closed` items (as they were before renewing) ended: a metered line per closed metered
    /// item, and, unless the subscription ended at the boundary, a licensed line per licensed
    /// item whose new period starts there (on the price it has now, after any schedule phase
    /// change).
    mutating func draftRenewalInvoice(
        subscriptionID: String, closed: [SubscriptionRecord.Item], boundary: Int
    ) {
        guard let subscription = subscriptions[subscriptionID], let first = closed.first else { return }
        var lines: [InvoiceRecord.Line] = []
        for item in closed {
            guard let price = prices[item.priceID], price.recurring?.usageType == "metered" else { continue }
            lines.append(
                newLine(
                    item: item.id, price: price, quantity: 0,
                    period: (item.usageFrom ?? item.periodStart, item.periodEnd), true))
        }
        if ["active", "past_due"].contains(subscription.status) {
            for item in subscription.items where item.periodStart == boundary {
                guard let price = prices[item.priceID], price.recurring?.usageType == "licensed" else {
                    continue
                }
                lines.append(
                    newLine(
                        item: item.id, price: price, quantity: item.quantity ?? 1,
                        period: (item.periodStart, item.periodEnd), false))
            }
        }
        guard !lines.isEmpty else { return }
        let customer = customers[subscription.customer]
        var invoice = InvoiceRecord(
            id: newID("in"), created: boundary, customer: subscription.customer, subscription: subscriptionID,
            currency: subscription.currency, periodStart: first.periodStart, periodEnd: boundary,
            lines: lines,
            testClock: subscription.testClock, automaticallyFinalizesAt: boundary + Self.draftSeconds,
            customerName: customer?.name, customerEmail: customer?.email)
        invoice.lines = lines.map { line in
            price(
                line: line, quantity: line.metered ? meteredUsage(of: line, in: invoice) : line.quantity,
                invoice)
        }
        invoices[invoice.id] = invoice
    }

    /// A line not priced yet.
    mutating func newLine(
        item: String, price: PriceRecord, quantity: Int, period: (start: Int, end: Int), _ metered: Bool
    ) -> InvoiceRecord.Line {
        InvoiceRecord.Line(
            id: newID("il"), subscriptionItem: item, priceID: price.id, productID: price.productID,
            quantity: quantity, amount: 0, unitAmountDecimal: nil, periodStart: period.start,
            periodEnd: period.end, description: "", metered: metered)
    }

    /// Finalizes the drafts of `clockID` whose hour has passed by `time`, oldest first: metered
    /// lines are recomputed, a number is assigned, and an invoice with nothing due is paid.
    /// Collecting payment is not modelled: an invoice with an amount due stays `open`.
    mutating func finalizeDueInvoices(clockID: String, at time: Int) {
        for invoice in invoices.newestFirst.reversed()
        where invoice.testClock == clockID && invoice.status == "draft" {
            guard let due = invoice.automaticallyFinalizesAt, due <= time else { continue }
            var final = invoice
            final.lines = invoice.lines.map { line in
                line.metered
                    ? price(line: line, quantity: meteredUsage(of: line, in: invoice), invoice) : line
            }
            final = applyCredits(to: final, at: due)
            final = applyCustomerBalance(to: final, at: due)
            final.finalizedAt = due
            // Stripe numbers invoices per customer by default: the customer's prefix and sequence.
            let sequence =
                invoices.newestFirst.filter { $0.customer == invoice.customer && $0.number != nil }.count + 1
            final.number =
                "\(customers[invoice.customer]?.invoicePrefix ?? "INV")-\(String(format: "%04d", sequence))"
            if final.amountDue == 0 {
                final.status = "paid"
                final.paidAt = due
            } else {
                final.status = "open"
            }
            invoices[invoice.id] = final
        }
    }

    /// The meter's aggregate of the customer's counted events timestamped in the line's period.
    func meteredUsage(of line: InvoiceRecord.Line, in invoice: InvoiceRecord) -> Int {
        guard let meterID = prices[line.priceID]?.recurring?.meter, let meter = meters[meterID] else {
            return 0
        }
        let events = countedEvents(
            meter: meter, customer: invoice.customer, from: line.periodStart, to: line.periodEnd,
            visibleAt: Int.max)
        return Self.aggregate(events, formula: meter.formula)
    }

    /// `line` with its quantity, amount, unit amount and description for `quantity`, priced in
    /// the invoice's currency (a currency option's amounts when it is not the price's own).
    func price(line: InvoiceRecord.Line, quantity: Int, _ invoice: InvoiceRecord)
        -> InvoiceRecord.Line
    {
        var line = line
        guard let price = prices[line.priceID] else { return line }
        let scheme = price.scheme(in: invoice.currency)
        let charge = scheme.charge(for: Decimal(quantity))
        line.quantity = quantity
        line.amount = charge.amount
        line.unitAmountDecimal = price.unitAmount(in: invoice.currency)?.normalized
        let product = products[price.productID]?.name ?? price.productID
        line.description = "\(quantity) × \(price.nickname ?? product)"
        return line
    }
}

extension PriceRecord {
    /// The unit amount in `currency` of a per-unit price; nil for a tiered one.
    func unitAmount(in currency: String) -> DecimalAmount? {
        guard billingScheme != "tiered" else { return nil }
        return currency == self.currency ? unitAmount : currencyOptions[currency]?.unitAmount
    }

    /// The pricing math's view of this price in `currency` (its own, or a currency option's).
    func scheme(in currency: String) -> PriceScheme {
        let option = currency == self.currency ? nil : currencyOptions[currency]
        if billingScheme == "tiered" {
            let tiers = (option?.tiers ?? self.tiers).map {
                PriceTier(
                    upTo: $0.upTo, unitAmount: $0.unitAmount?.value ?? 0,
                    flatAmount: $0.flatAmount?.value ?? 0)
            }
            return .tiered(tiersMode == "volume" ? .volume : .graduated, tiers)
        }
        let transform = transformQuantity.map {
            QuantityTransform(divideBy: $0.divideBy, round: $0.round == "down" ? .down : .up)
        }
        return .perUnit(unitAmount: (option?.unitAmount ?? unitAmount)?.value ?? 0, transform: transform)
    }
}
