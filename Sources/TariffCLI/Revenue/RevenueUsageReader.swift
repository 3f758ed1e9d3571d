import Foundation
import TariffBilling
import TariffConfig
import TariffStripe
import TariffUsage

/// Usage so far in each live metered subscription item's current billing period, for
/// `tariff revenue`. With a `usage:` section and its store (or PostgreSQL source), the config's
/// meters are evaluated there with `tariff usage plan`'s queries and periods, then each meter's
/// windows in the period are combined as its Stripe meter does (``PeriodToDate``). Otherwise
/// Stripe's meter event summaries: one request per customer and meter, over the period.
struct RevenueUsageReader {
    let client: StripeClient
    let config: Config
    /// `--store`, or nil for the config's `usage.store`.
    let storePath: String?

    /// A live subscription item on a metered price of the config.
    struct MeteredItem: Sendable, Hashable {
        var customer: String
        /// The customer's company id through `id_mapping`; nil when it carries none.
        var company: String?
        var subscription: String
        var priceKey: String
        var meterKey: String
        /// The Stripe meter of the price (`recurring.meter`).
        var meterID: String
        var currency: String
        var periodStart: Int
        var periodEnd: Int
    }

    /// The usage of every item in `items`, and where it was read.
    func read(_ items: [MeteredItem]) async throws -> ([RevenueUsageInput], RevenueUsageSource) {
        guard !items.isEmpty else { return ([], .none) }
        if let settings = config.usage {
            if settings.source?.postgres != nil {
                return (
                    try await fromEvents(items, settings: settings, storePath: settings.store.value),
                    .postgres
                )
            }
            let path = storePath ?? settings.store.value
            if FileManager.default.fileExists(atPath: path) {
                return (try await fromEvents(items, settings: settings, storePath: path), .store)
            }
        }
        return (try await fromSummaries(items), .eventSummaries)
    }

    /// Stripe's summaries, one request per (customer, meter, period): every item on that meter
    /// bills the customer's whole usage of it, as Stripe's invoices do.
    private func fromSummaries(_ items: [MeteredItem]) async throws -> [RevenueUsageInput] {
        var values: [String: Int64] = [:]
        var result: [RevenueUsageInput] = []
        for item in items {
            // Stripe wants minute-aligned times; periods start on whole seconds. The range ends at
            // the period's end, in the future: Stripe documents no bound on end_time
            // [unverified], and a test clock's usage is timestamped on the clock, not now.
            let start = item.periodStart / 60 * 60
            let end = (item.periodEnd + 59) / 60 * 60
            let key = "\(item.customer) \(item.meterID) \(start) \(end)"
            if values[key] == nil {
                let rows = try await client.listAllMeterEventSummaries(
                    meter: item.meterID,
                    MeterEventSummaryParams(customer: item.customer, startTime: start, endTime: end))
                values[key] = rows.reduce(Int64(0)) { $0 + Int64($1.value) }
            }
            result.append(item.usage(quantity: values[key] ?? 0))
        }
        return result
    }

    /// The store's (or PostgreSQL's) totals per company and window over every item's period,
    /// with each company's current period for the period-to-date meters; a company's usage goes
    /// to the items of its one customer (usage of a company that several customers carry is held
    /// back, as `tariff usage plan` holds it), customers without a company get none.
    private func fromEvents(_ items: [MeteredItem], settings: UsageSettings, storePath: String) async throws
        -> [RevenueUsageInput]
    {
        let customersOf = Dictionary(grouping: items.filter { $0.company != nil }) { $0.company ?? "" }
            .mapValues { Set($0.map(\.customer)) }
        let attributable = items.filter { item in item.company.map { customersOf[$0]?.count == 1 } ?? false }
        guard !attributable.isEmpty else { return [] }
        let window = settings.window.value
        let first = Int64(attributable.map(\.periodStart).min() ?? 0)
        let last = Int64(attributable.map(\.periodEnd).max() ?? 0)
        let startWindow = UTCTime.windowStart(of: first, window)
        let endWindow = UTCTime.windowStart(of: last - 1, window) + window.seconds
        guard let range = WindowRange(window: window, start: startWindow, end: endWindow) else { return [] }
        var periods: [String: BillingPeriod] = [:]
        for item in attributable.sorted(by: { $0.subscription < $1.subscription }) {
            guard let company = item.company, periods[company] == nil else { continue }
            periods[company] = BillingPeriod(
                company: company, start: Int64(item.periodStart), end: Int64(item.periodEnd))
        }
        let meterKeys = Set(attributable.map(\.meterKey))
        let meters = config.meters.filter { meterKeys.contains($0.key) }
        let totals = try await UsageCommandSupport.computedTotals(
            meters, range: range, periods: BillingPeriods(periods.keys.sorted().compactMap { periods[$0] }),
            settings: settings, storePath: storePath)
        let aggregates = Dictionary(
            meters.map { ($0.key, $0.metric.aggregate.value) }, uniquingKeysWith: { first, _ in first })
        return attributable.map { item in
            let windows = totals.filter {
                $0.meter == item.meterKey && $0.company == item.company
                    && $0.windowStart >= Int64(item.periodStart) && $0.windowStart < Int64(item.periodEnd)
            }
            return item.usage(
                quantity: PeriodToDate.value(of: windows, aggregate: aggregates[item.meterKey] ?? .sum))
        }
    }
}

extension RevenueUsageReader.MeteredItem {
    /// The reading of this item at `quantity`.
    func usage(quantity: Int64) -> RevenueUsageInput {
        RevenueUsageInput(
            customer: customer, subscription: subscription, priceKey: priceKey, meterKey: meterKey,
            currency: currency, quantity: quantity, periodStart: periodStart, periodEnd: periodEnd)
    }
}
