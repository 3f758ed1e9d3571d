package import Foundation

/// What `tariff revenue` reads from Stripe, reduced to the fields the report needs. The CLI
/// fills it from list endpoints; the aggregation (``RevenueReport``) is pure.
package struct RevenueInput: Sendable, Hashable {
    /// A Stripe customer and the company id `id_mapping` reads from it (nil: none).
    package struct Customer: Sendable, Hashable {
        package var id: String
        package var company: String?

        package init(id: String, company: String?) {
            self.id = id
            self.company = company
        }
    }

    /// A subscription (any status) and its items; `priceKey` is the config's `product.price`
    /// of a managed price, nil for a price this config does not manage.
    package struct Subscription: Sendable, Hashable {
        package struct Item: Sendable, Hashable {
            package var priceKey: String?
            package var quantity: Int

            package init(priceKey: String?, quantity: Int) {
                self.priceKey = priceKey
                self.quantity = quantity
            }
        }

        package var id: String
        package var customer: String
        package var status: String
        package var currency: String
        package var items: [Item]

        package init(id: String, customer: String, status: String, currency: String, items: [Item]) {
            self.id = id
            self.customer = customer
            self.status = status
            self.currency = currency
            self.items = items
        }
    }

    /// An invoice: its status, amounts in minor units and creation time (Unix seconds).
    /// `total` is what it charged (after credits); `amountRemaining` what is still owed, so
    /// `total - amountRemaining` is what was settled, by a payment or the customer balance.
    package struct Invoice: Sendable, Hashable {
        package var id: String
        package var customer: String
        package var status: String
        package var currency: String
        package var total: Int
        package var amountRemaining: Int
        package var created: Int

        package init(
            id: String, customer: String, status: String, currency: String, total: Int, amountRemaining: Int,
            created: Int
        ) {
            self.id = id
            self.customer = customer
            self.status = status
            self.currency = currency
            self.total = total
            self.amountRemaining = amountRemaining
            self.created = created
        }
    }

    package var customers: [Customer]
    package var subscriptions: [Subscription]
    package var invoices: [Invoice]
    /// Usage so far in the current billing period of each live metered subscription item.
    package var usage: [Usage]
    /// Where ``usage`` was read.
    package var usageSource: UsageSource
    /// Billing credit balances of the customers holding credit grants.
    package var creditBalances: [CreditBalance]

    package init(
        customers: [Customer], subscriptions: [Subscription], invoices: [Invoice], usage: [Usage] = [],
        usageSource: UsageSource = .none, creditBalances: [CreditBalance] = []
    ) {
        self.customers = customers
        self.subscriptions = subscriptions
        self.invoices = invoices
        self.usage = usage
        self.usageSource = usageSource
        self.creditBalances = creditBalances
    }
}

/// A calendar month in UTC (`--period YYYY-MM`): `[start, end)` in Unix seconds.
package struct RevenuePeriod: Sendable, Hashable {
    /// `YYYY-MM`.
    package var name: String
    package var start: Int
    package var end: Int

    /// The month named `YYYY-MM`; nil for anything else.
    package init?(_ name: String) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
            let end = calendar.date(byAdding: .month, value: 1, to: start)
        else { return nil }
        self.name = name
        self.start = Int(start.timeIntervalSince1970)
        self.end = Int(end.timeIntervalSince1970)
    }

    /// The UTC month holding `date`.
    package init(containing date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        let name = String(format: "%04d-%02d", parts.year ?? 1970, parts.month ?? 1)
        self = RevenuePeriod(name) ?? RevenuePeriod(unchecked: name)
    }

    private init(unchecked name: String) {
        self.name = name
        self.start = 0
        self.end = 0
    }

    package func contains(_ time: Int) -> Bool { time >= start && time < end }
}
