import TariffStripe
import TariffUsage

/// `--refresh`'s reads: Stripe's event summaries through the client, every page.
struct StripeEventSummarySource: EventSummarySource {
    let client: StripeClient

    func summaries(
        meterID: String, customer: String, start: Int64, end: Int64, grouping: SummaryGrouping
    ) async throws -> [EventSummary] {
        let rows = try await client.listAllMeterEventSummaries(
            meter: meterID,
            MeterEventSummaryParams(
                customer: customer, startTime: Int(start), endTime: Int(end),
                groupingWindow: grouping == .day ? .day : .hour))
        return rows.map {
            EventSummary(
                window: ReportWindow(start: Int64($0.startTime), end: Int64($0.endTime)),
                value: Int64($0.value))
        }
    }
}
