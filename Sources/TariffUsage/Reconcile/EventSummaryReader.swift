/// Stripe's `GET /v1/billing/meters/{id}/event_summaries` as reconciliation reads it: one
/// customer's summaries of one meter over `[start, end)`, grouped by hour or day.
package protocol EventSummarySource: Sendable {
    func summaries(
        meterID: String, customer: String, start: Int64, end: Int64, grouping: SummaryGrouping
    ) async throws -> [EventSummary]
}

/// `value_grouping_window`.
package enum SummaryGrouping: String, Sendable, Hashable {
    case hour, day
}

/// One summary row: `aggregated_value` is a float on the wire, rounded here.
package struct EventSummary: Sendable, Hashable {
    package var window: ReportWindow
    package var value: Int64

    package init(window: ReportWindow, value: Int64) {
        self.window = window
        self.value = value
    }
}

/// Reads what Stripe holds (`--refresh`): day summaries first for every (meter, customer) with
/// usage, then hour summaries only for the days whose total differs from the computed one.
package struct EventSummaryReader: Sendable {
    package let source: any EventSummarySource
    /// The usage window's length (3,600 or 86,400 seconds).
    package let windowLength: Int64

    package init(source: any EventSummarySource, windowLength: Int64) {
        self.source = source
        self.windowLength = windowLength
    }

    /// The reported value of every window Stripe holds usage for, for the mapped customers in
    /// `computed`, from `clock.lookbackStart` (day-aligned) to the end of today.
    package func reported(
        meters: [ReportMeter], computed: [ComputedTotal], directory: CustomerDirectory, clock: ReconcileClock
    ) async throws -> [ReportedKey: ReportedValue] {
        let start = ReportWindow(containing: clock.lookbackStart, length: 86_400).start
        let end = ReportWindow(containing: clock.now, length: 86_400).end
        var reported: [ReportedKey: ReportedValue] = [:]
        for meter in meters {
            guard let meterID = meter.meterID else { continue }
            var byCustomer: [String: [ReportWindow: Int64]] = [:]
            for total in computed where total.meterKey == meter.key {
                guard let customer = directory.customerByCompany[total.company] else { continue }
                byCustomer[customer, default: [:]][total.window, default: 0] += total.value
            }
            for customer in byCustomer.keys.sorted() {
                let hours = byCustomer[customer] ?? [:]
                let days = try await source.summaries(
                    meterID: meterID, customer: customer, start: start, end: end, grouping: .day)
                for day in days where day.value != 0 || hours.keys.contains(where: { $0.day == day.window }) {
                    let expected = Self.dayValue(
                        hours.filter { $0.key.day == day.window }, formula: meter.formula)
                    let windows: [EventSummary]
                    if windowLength >= 86_400 {
                        windows = [day]
                    } else if day.value == expected {
                        // The day agrees: every computed hour of it is what Stripe holds.
                        windows = hours.filter { $0.key.day == day.window }.map {
                            EventSummary(window: $0.key, value: $0.value)
                        }
                    } else {
                        windows = try await source.summaries(
                            meterID: meterID, customer: customer, start: day.window.start,
                            end: day.window.end,
                            grouping: .hour)
                    }
                    for window in windows where window.value != 0 || hours[window.window] != nil {
                        let key = ReportedKey(
                            eventName: meter.eventName, customer: customer, windowStart: window.window.start)
                        reported[key] = ReportedValue(value: window.value, window: window.window)
                    }
                }
            }
        }
        return reported
    }

    /// What Stripe's day summary should read for these computed hours: their sum for a `sum` or
    /// `count` meter, the latest hour's value for a `last` meter.
    static func dayValue(_ hours: [ReportWindow: Int64], formula: String) -> Int64 {
        if formula == "last" {
            return hours.max { $0.key < $1.key }?.value ?? 0
        }
        return hours.values.reduce(0, +)
    }
}
