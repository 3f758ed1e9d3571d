import Foundation
import TariffStripe
import TariffUsage

/// Reads what a usage plan needs from the Stripe account, once per run: the active meters by event
/// name, the customers (mapped to company ids through `id_mapping`) and, per meter, the customers
/// subscribed to one of its prices with their billing periods. Lists only, so requests grow with
/// pages, not objects.
struct UsageAccountReader: Sendable {
    let client: StripeClient

    /// A config meter's key and event name.
    struct DeclaredMeter: Sendable, Hashable {
        var key: String
        var eventName: String
    }

    /// What was read.
    struct Account: Sendable {
        /// Nil with a restricted key, which Stripe does not let read the account.
        var accountID: String?
        var livemode: Bool
        var meters: [ReportMeter]
        var directory: CustomerDirectory
        /// The live meters by event name (payload keys for the events).
        var liveMeters: [String: StripeMeter]
        /// Each subscribed company's billing periods over the lookback, for period-to-date meters.
        var periods: BillingPeriods
    }

    /// Reads the account for `declared` meters, mapping customers through `companyField`
    /// (`customer.id` or `customer.metadata.<key>`); `periodsFrom` is the earliest time whose
    /// billing period matters (the lookback's start).
    func read(
        _ declared: [DeclaredMeter], companyField: String, key: StripeAPIKey?, periodsFrom: Int64
    ) async throws -> Account {
        // A restricted key cannot read GET /v1/account on Stripe; its mode comes from its prefix.
        let restricted = key?.isRestricted ?? false
        async let account = restricted ? nil : client.retrieveAccount()
        async let meters = client.listAllMeters()
        async let prices = client.listAllPrices()
        async let customers = client.listAllCustomers()
        let (liveAccount, liveMeters, livePrices, liveCustomers) = try await (
            account, meters, prices, customers
        )
        var byEvent: [String: StripeMeter] = [:]
        for meter in liveMeters where meter.status.rawValue == "active" { byEvent[meter.eventName] = meter }
        let mapped = liveCustomers.map { (id: $0.id, company: Self.company(of: $0, field: companyField)) }
        let companyOf = Dictionary(
            mapped.map { ($0.id, $0.company) }, uniquingKeysWith: { first, _ in first })
        var subscribers: [String: Set<String>] = [:]
        var periods = PeriodCollector(from: periodsFrom)
        for meter in declared {
            guard let live = byEvent[meter.eventName] else { continue }
            let priceIDs = livePrices.filter { $0.recurring?.meter == live.id }.map(\.id)
            var customersOfMeter: Set<String> = []
            for price in priceIDs {
                for subscription in try await client.listAllSubscriptions(price: price)
                where !Self.endedStatuses.contains(subscription.status.rawValue) {
                    customersOfMeter.insert(subscription.customer.id)
                    if let company = companyOf[subscription.customer.id] ?? nil {
                        periods.add(subscription, price: price, company: company)
                    }
                }
            }
            subscribers[meter.eventName] = customersOfMeter
        }
        let reportMeters = declared.map { meter in
            let live = byEvent[meter.eventName]
            return ReportMeter(
                key: meter.key, eventName: meter.eventName, meterID: live?.id,
                mode: live?.eventTimeWindow == nil ? .delta : .absolute,
                formula: live?.formula.rawValue ?? "sum")
        }
        return Account(
            accountID: liveAccount?.id, livemode: liveAccount?.livemode ?? (key?.mode == .live),
            meters: reportMeters, directory: CustomerDirectory(customers: mapped, subscribers: subscribers),
            liveMeters: byEvent, periods: periods.billingPeriods)
    }

    /// Subscriptions in these statuses no longer bill.
    static let endedStatuses: Set<String> = ["canceled", "incomplete_expired"]

    /// The company id `customer` carries under `field`.
    static func company(of customer: StripeCustomer, field: String) -> String? {
        if field == "customer.id" { return customer.id }
        let prefix = "customer.metadata."
        guard field.hasPrefix(prefix) else { return nil }
        return customer.metadata[String(field.dropFirst(prefix.count))]
    }
}

/// Each company's billing periods, from the first subscription seen on a metered price of theirs:
/// the item's current period (the subscription's on older API versions), and the periods before
/// it, stepped back by the price's interval, until one starts at or before the lookback's start.
struct PeriodCollector {
    let from: Int64
    private var byCompany: [String: [BillingPeriod]] = [:]

    init(from: Int64) {
        self.from = from
    }

    mutating func add(_ subscription: StripeSubscription, price: String, company: String) {
        guard byCompany[company] == nil,
            let item = subscription.items.data.first(where: { $0.price.id == price }),
            let start = item.currentPeriodStart ?? subscription.currentPeriodStart,
            let end = item.currentPeriodEnd ?? subscription.currentPeriodEnd, end > start,
            let recurring = item.price.recurring, let unit = recurring.interval.known
        else { return }
        byCompany[company] = Self.periods(
            company: company, start: Int64(start), end: Int64(end), unit: unit,
            count: max(recurring.intervalCount, 1), from: from)
    }

    /// The current period and those before it, oldest first.
    static func periods(
        company: String, start: Int64, end: Int64, unit: StripePriceInterval, count: Int, from: Int64
    ) -> [BillingPeriod] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        var periods = [BillingPeriod(company: company, start: start, end: end)]
        var currentStart = start
        // Lookbacks are at most 35 days, so a handful of steps always suffices; the bound keeps a
        // one-day interval from looping long on a bad period.
        while currentStart > from, periods.count < 64 {
            let date = Date(timeIntervalSince1970: TimeInterval(currentStart))
            let previous: Date?
            switch unit {
            case .day: previous = calendar.date(byAdding: .day, value: -count, to: date)
            case .week: previous = calendar.date(byAdding: .day, value: -7 * count, to: date)
            case .month: previous = calendar.date(byAdding: .month, value: -count, to: date)
            case .year: previous = calendar.date(byAdding: .year, value: -count, to: date)
            }
            guard let previous else { break }
            let previousStart = Int64(previous.timeIntervalSince1970)
            periods.insert(BillingPeriod(company: company, start: previousStart, end: currentStart), at: 0)
            currentStart = previousStart
        }
        return periods
    }

    var billingPeriods: BillingPeriods {
        BillingPeriods(byCompany.keys.sorted().flatMap { byCompany[$0] ?? [] })
    }
}
