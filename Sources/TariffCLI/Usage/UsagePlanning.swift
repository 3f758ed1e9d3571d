import Foundation
import TariffConfig
import TariffStripe
import TariffUsage
import TariffUsageStore

/// The half `tariff usage plan` and `tariff usage apply` share: computed totals (the store, or a
/// warehouse's `--totals` file), the account read once, what Stripe holds (the ledger, or event
/// summaries with `--refresh`), and the reconciliation.
struct UsagePlanning {
    let config: Config
    let settings: UsageSettings
    /// Unix seconds the plan is judged at.
    let now: Int64
    let refresh: Bool
    /// A warehouse's results (NDJSON or CSV) used instead of the store's queries.
    let totalsPath: String?
    /// The store the meters are evaluated on (unless the config names a PostgreSQL source).
    let storePath: String

    /// What planning produced: the plan, the account it was made against, and the live meters'
    /// payload keys for apply.
    struct Result {
        var plan: UsagePlan
        var account: UsageAccountReader.Account
    }

    /// The windows re-checked on this run.
    var range: WindowRange {
        WindowRange.lookback(settings.lookback.value, window: settings.window.value, now: now)
    }

    var clock: ReconcileClock {
        ReconcileClock(now: now, settle: settings.settle.value.seconds, lookbackStart: range.start)
    }

    /// Plans against `client` with `store` holding events and the ledger.
    func plan(client: StripeClient, key: StripeAPIKey?, store: UsageStore) async throws -> Result {
        let length = settings.window.value.seconds
        let declared = config.meters.map {
            UsageAccountReader.DeclaredMeter(key: $0.key, eventName: $0.eventName.value)
        }
        let account = try await UsageAccountReader(client: client).read(
            declared, companyField: config.idMapping.companyID.value, key: key, periodsFrom: range.start)
        let computed = try await totals(periods: account.periods).map {
            ComputedTotal(
                meterKey: $0.meter, company: $0.company,
                window: ReportWindow(start: $0.windowStart, end: $0.windowStart + length), value: $0.value)
        }
        let reported: [ReportedKey: ReportedValue]
        if refresh {
            reported = try await EventSummaryReader(
                source: StripeEventSummarySource(client: client), windowLength: length
            )
            .reported(meters: account.meters, computed: computed, directory: account.directory, clock: clock)
        } else {
            reported = try ledger(store: store, meters: account.meters, length: length)
        }
        var plan = UsageReconciler.reconcile(
            meters: account.meters, computed: computed, reported: reported, directory: account.directory,
            clock: clock)
        plan.context = UsagePlanContext(
            accountID: account.accountID, mode: account.livemode ? "live" : "test", windowLength: length,
            lookbackStart: range.start, settle: settings.settle.value.seconds,
            reportedFrom: refresh ? .eventSummaries : .ledger,
            computedFrom: totalsPath.map { "--totals \(URL(fileURLWithPath: $0).lastPathComponent)" }
                ?? "the store",
            meters: account.meters)
        return Result(plan: plan, account: account)
    }

    /// Every meter's totals over the lookback: the compiled queries (the store, or the config's
    /// PostgreSQL table), or the `--totals` file. `unique_count` and `max` run period to date within
    /// each company's billing period as Stripe's subscriptions say.
    private func totals(periods: BillingPeriods) async throws -> [UsageTotal] {
        if let totalsPath {
            guard let text = try? String(contentsOfFile: totalsPath, encoding: .utf8) else {
                throw CLIError("usage.totals-file", "cannot read --totals \(totalsPath): check the path")
            }
            let (totals, diagnostics) = UsageTotalsReader.read(text, path: totalsPath)
            if diagnostics.hasErrors {
                throw CLIError(
                    "usage.totals-file", "--totals \(totalsPath) has errors; fix the rows named below",
                    notes: diagnostics.diagnostics.map { "\($0)" })
            }
            return totals
        }
        return try await UsageCommandSupport.computedTotals(
            config.meters, range: range, periods: periods, settings: settings, storePath: storePath)
    }

    /// The ledger's last delivered total per window in the lookback.
    private func ledger(store: UsageStore, meters: [ReportMeter], length: Int64) throws -> [ReportedKey:
        ReportedValue]
    {
        var reported: [ReportedKey: ReportedValue] = [:]
        for meter in meters {
            for entry in try store.ledgerEntries(meter: meter.eventName, from: range.start) {
                let key = ReportedKey(
                    eventName: meter.eventName, customer: entry.customer, windowStart: entry.windowStart)
                reported[key] = ReportedValue(
                    value: entry.value,
                    window: ReportWindow(start: entry.windowStart, end: entry.windowStart + length))
            }
        }
        return reported
    }
}

/// Apply's ledger: the store's table, one transaction per delivered request.
struct StoreLedgerWriter: UsageLedgerWriter {
    let store: UsageStore
    let now: @Sendable () -> Int64

    func record(_ windows: [SentWindow]) async throws {
        let sentAt = now()
        try store.recordSent(
            windows.map {
                LedgerEntry(
                    meter: $0.eventName, customer: $0.customer, windowStart: $0.window.start, value: $0.total,
                    identifier: $0.identifier, requestID: $0.requestID, sentAt: sentAt)
            })
    }
}
