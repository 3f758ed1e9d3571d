package import Foundation
package import TariffConfig

/// Money per currency for one company (or for the totals): MRR of its live subscriptions on
/// managed prices, and what its invoices created in the period charged and collected.
package struct RevenueAmounts: Sendable, Hashable {
    /// Monthly recurring revenue in minor units, exact (round only for display).
    package var mrr: Decimal = 0
    /// `total` of finalized invoices (open, paid, uncollectible) created in the period.
    package var invoiced: Int = 0
    /// What of it was settled (`total - amount_remaining`: paid, or taken from the customer
    /// balance; Stripe's `amount_paid` leaves the balance out).
    package var paid: Int = 0
    /// What the usage so far in the current billing periods charges under the prices' pricing
    /// models (each line rounded to the minor unit, as invoice lines are), before credits.
    package var usage: Int = 0
    /// Billing credits available now (Stripe's credit balance summary, metered scope).
    package var credits: Int = 0

    package init(mrr: Decimal = 0, invoiced: Int = 0, paid: Int = 0, usage: Int = 0, credits: Int = 0) {
        self.mrr = mrr
        self.invoiced = invoiced
        self.paid = paid
        self.usage = usage
        self.credits = credits
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        Self(
            mrr: lhs.mrr + rhs.mrr, invoiced: lhs.invoiced + rhs.invoiced, paid: lhs.paid + rhs.paid,
            usage: lhs.usage + rhs.usage, credits: lhs.credits + rhs.credits)
    }
}

/// One company's row: its customers, its subscriptions on managed prices, and amounts per
/// currency. `company` is nil for the group of customers without a company id.
package struct CompanyRevenue: Sendable, Hashable {
    package var company: String?
    package var customers: [String]
    package var subscriptions: [String]
    /// Per lowercase currency code.
    package var amounts: [String: RevenueAmounts]
    /// Usage so far per meter and subscription item, with its charge.
    package var usage: [RevenueUsageCharge] = []
}

/// `tariff revenue`: one row per company, customers without a company apart, totals per
/// currency. Built from ``RevenueInput`` with the config's prices; no Stripe calls.
package struct RevenueReport: Sendable, Hashable {
    /// Subscription statuses listed (on managed prices).
    package static let liveStatuses: Set<String> = ["active", "trialing", "past_due", "unpaid"]
    /// Subscription statuses counted in MRR: Stripe leaves trials out of MRR
    /// (https://docs.stripe.com/billing/subscriptions/analytics/glossary); Tariff also leaves
    /// out `unpaid`, whose invoices are no longer attempted.
    package static let mrrStatuses: Set<String> = ["active", "past_due"]
    /// Invoice statuses counted as invoiced: finalized ones (drafts and voided invoices are not).
    package static let invoicedStatuses: Set<String> = ["open", "paid", "uncollectible"]

    package var period: RevenuePeriod
    /// By company id.
    package var companies: [CompanyRevenue]
    /// Customers without a company id (and invoices of customers not in the customer list).
    package var withoutCompany: CompanyRevenue
    package var totals: [String: RevenueAmounts]
    /// Where the usage so far was read.
    package var usageSource: RevenueUsageSource

    /// Aggregates `input` for `period`; `prices` are the config's prices by `product.price`.
    package init(_ input: RevenueInput, prices: [String: Price], period: RevenuePeriod) {
        self.period = period
        usageSource = input.usageSource
        var companyOf: [String: String] = [:]
        var groups: [String: CompanyRevenue] = [:]
        var apart = CompanyRevenue(company: nil, customers: [], subscriptions: [], amounts: [:])
        for customer in input.customers.sorted(by: { $0.id < $1.id }) {
            guard let company = customer.company, !company.isEmpty else {
                apart.customers.append(customer.id)
                continue
            }
            companyOf[customer.id] = company
            groups[
                company,
                default: CompanyRevenue(company: company, customers: [], subscriptions: [], amounts: [:])
            ]
            .customers.append(customer.id)
        }
        func add(_ customer: String, _ change: (inout CompanyRevenue) -> Void) {
            if let company = companyOf[customer], var group = groups[company] {
                change(&group)
                groups[company] = group
            } else {
                if !apart.customers.contains(customer) { apart.customers.append(customer) }
                change(&apart)
            }
        }
        for subscription in input.subscriptions.sorted(by: { $0.id < $1.id })
        where Self.liveStatuses.contains(subscription.status) {
            let managed = subscription.items.filter { $0.priceKey != nil }
            guard !managed.isEmpty else { continue }
            let counted = Self.mrrStatuses.contains(subscription.status)
            let mrr = managed.reduce(Decimal(0)) { sum, item in
                guard counted, let key = item.priceKey, let price = prices[key],
                    let monthly = price.monthlyRecurring(
                        quantity: item.quantity, currency: subscription.currency)
                else { return sum }
                return sum + monthly
            }
            add(subscription.customer) { group in
                group.subscriptions.append(subscription.id)
                group.amounts[subscription.currency, default: RevenueAmounts()].mrr += mrr
            }
        }
        for invoice in input.invoices.sorted(by: { $0.id < $1.id })
        where Self.invoicedStatuses.contains(invoice.status) && period.contains(invoice.created) {
            add(invoice.customer) { group in
                group.amounts[invoice.currency, default: RevenueAmounts()] =
                    group.amounts[invoice.currency, default: RevenueAmounts()]
                    + RevenueAmounts(invoiced: invoice.total, paid: invoice.total - invoice.amountRemaining)
            }
        }
        for usage in input.usage.sorted(by: {
            ($0.customer, $0.subscription, $0.priceKey) < ($1.customer, $1.subscription, $1.priceKey)
        }) {
            let charge = prices[usage.priceKey]?.scheme(in: usage.currency)?.charge(
                for: Decimal(usage.quantity)
            )
            .amount
            add(usage.customer) { group in
                group.usage.append(RevenueUsageCharge(usage: usage, charge: charge))
                group.amounts[usage.currency, default: RevenueAmounts()].usage += charge ?? 0
            }
        }
        for balance in input.creditBalances.sorted(by: {
            ($0.customer, $0.currency) < ($1.customer, $1.currency)
        }) {
            add(balance.customer) { group in
                group.amounts[balance.currency, default: RevenueAmounts()].credits += balance.available
            }
        }
        companies = groups.keys.sorted().compactMap { groups[$0] }
        withoutCompany = apart
        var totals: [String: RevenueAmounts] = [:]
        for group in companies + [apart] {
            for (currency, amounts) in group.amounts {
                totals[currency] = totals[currency, default: RevenueAmounts()] + amounts
            }
        }
        self.totals = totals
    }
}
