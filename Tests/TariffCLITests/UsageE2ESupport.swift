import Foundation
import TariffStripe
import TariffTestSupport

/// A usage scenario on `tariff emulator` over loopback: the catalog applied, customers subscribed,
/// a file of API events, and the totals those events should give, computed here independently.
struct UsageScenario {
    let emulator: ApplyEmulatorProcess
    let config: String
    let events: String
    /// Expected window totals per meter event name, customer and hour start.
    let expected: [String: [String: [Int64: Int64]]]
    /// Live meter ids by event name.
    let meterIDs: [String: String]
    /// Customer ids by company.
    let customers: [String: String]

    static let companies = ["co_1", "co_2", "co_3"]

    /// The config: a counted meter Tariff creates (pre-aggregated, hourly) and a summed meter that
    /// already exists without a window (adopted: reported as differences).
    static func configText(store: String) -> String {
        """
        version: 1
        stripe:
          namespace: usage-e2e
        id_mapping:
          company_id: customer.metadata.company_id
        usage:
          events:
            preset: moesif
            fields: { id: event_id }
          store: \(store)
          window: hour
          settle: 1m
          lookback: 3d
        meters:
          api_calls:
            display_name: API calls
            event_name: e2e_api_calls
            metric: { aggregate: count }
          units:
            display_name: Units
            event_name: e2e_units
            metric: { aggregate: sum, field: units }
        products:
          api:
            name: API
            prices:
              calls:
                currency: usd
                interval: month
                meter: api_calls
                per_unit: "0.2"
              units:
                currency: usd
                interval: month
                meter: units
                per_unit: "1"
        """
    }

    /// Applies the catalog, subscribes one customer per company (plus `co_none`, unmapped, in the
    /// events only) and writes `hours` hours of events ending two hours before now.
    static func make(_ emulator: ApplyEmulatorProcess, seed: UInt64, hours: Int = 30) async throws
        -> UsageScenario
    {
        let client = emulator.client
        // The adopted meter: made by hand before Tariff, without an event_time_window.
        let _: StripeMeter = try await client.post(
            "/v1/billing/meters",
            form: StripeForm([
                StripeFormField("display_name", .string("Units")),
                StripeFormField("event_name", .string("e2e_units")),
                StripeFormField("default_aggregation", .object([StripeFormField("formula", .string("sum"))])),
            ]))
        let store = emulator.directory.appendingPathComponent("usage.db").path
        let config = try emulator.writeConfig(configText(store: store))
        let applied = try await emulator.tariff(["apply", "--auto-approve", config])
        guard applied.status == 0 else {
            throw ScenarioError("catalog apply failed: \(applied.stdout)\(applied.stderr)")
        }
        let meters = try await client.listAllMeters()
        let meterIDs = Dictionary(meters.map { ($0.eventName, $0.id) }, uniquingKeysWith: { a, _ in a })
        let prices = try await client.listAllPrices()
        var customers: [String: String] = [:]
        for company in companies {
            let customer = try await client.createCustomer(
                CustomerCreateParams(name: company, metadata: ["company_id": company]))
            customers[company] = customer.id
            _ = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: customer.id,
                    items: prices.filter { $0.recurring?.meter != nil }.map {
                        SubscriptionItemParams(price: $0.id)
                    }))
        }
        var random = SplitMix(seed: seed)
        let now = Int64(Date().timeIntervalSince1970)
        let lastHour = (now / 3_600 - 2) * 3_600
        var lines: [String] = []
        var expected: [String: [String: [Int64: Int64]]] = [:]
        var number = 0
        for hour in 0..<hours {
            let start = lastHour - Int64(hour) * 3_600
            for company in companies + ["co_none"] {
                for _ in 0..<Int(random.next() % 6) {
                    let time = start + Int64(random.next() % 3_600)
                    let units = Int64(random.next() % 50)
                    number += 1
                    lines.append(
                        #"{"event_id":"e\#(number)","company_id":"\#(company)","units":\#(units),"request":{"time":"\#(Self.rfc3339(time))","verb":"GET","uri":"/v1/x"},"response":{"status":200}}"#
                    )
                    guard let customer = customers[company] else { continue }
                    expected["e2e_api_calls", default: [:]][customer, default: [:]][start, default: 0] += 1
                    expected["e2e_units", default: [:]][customer, default: [:]][start, default: 0] += units
                }
            }
        }
        // The same event twice: ingest keeps one.
        if let first = lines.first { lines.append(first) }
        let events = emulator.directory.appendingPathComponent("events.ndjson").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: events))
        return UsageScenario(
            emulator: emulator, config: config, events: events,
            expected: expected.mapValues { $0.mapValues { $0.filter { $0.value != 0 } } }, meterIDs: meterIDs,
            customers: customers)
    }

    static func rfc3339(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// What the emulator's hourly event summaries hold, per meter event name, customer and hour.
    func reported() async throws -> [String: [String: [Int64: Int64]]] {
        var result: [String: [String: [Int64: Int64]]] = [:]
        let now = Int64(Date().timeIntervalSince1970)
        for (event, meterID) in meterIDs where event.hasPrefix("e2e_") {
            for customer in customers.values {
                var query = StripeForm()
                query.append("customer", .string(customer))
                query.append("start_time", .integer(Int((now / 3_600 - 72) * 3_600)))
                query.append("end_time", .integer(Int((now / 3_600 + 1) * 3_600)))
                query.append("value_grouping_window", .string("hour"))
                query.append("limit", .integer(100))
                let page: SummaryPage = try await emulator.client.get(
                    "/v1/billing/meters/\(meterID)/event_summaries", query: query)
                for row in page.data where row.aggregatedValue != 0 {
                    result[event, default: [:]][customer, default: [:]][row.startTime] = Int64(
                        row.aggregatedValue.rounded())
                }
            }
        }
        return result
    }

    /// One page of `event_summaries`.
    struct SummaryPage: Decodable, Sendable {
        var data: [Row]
        struct Row: Decodable, Sendable {
            var startTime: Int64
            var aggregatedValue: Double
            enum CodingKeys: String, CodingKey {
                case startTime = "start_time"
                case aggregatedValue = "aggregated_value"
            }
        }
    }

    /// `tariff usage ARGUMENTS… CONFIG`.
    func usage(_ arguments: [String]) async throws -> TariffBinary.Result {
        try await emulator.tariff(["usage"] + arguments + [config])
    }

    /// Runs ingest then checks it went through.
    func ingest() async throws {
        let result = try await emulator.tariff(["usage", "ingest", "--config", config, events])
        guard result.status == 0 else {
            throw ScenarioError("ingest failed: \(result.stdout)\(result.stderr)")
        }
    }
}

extension ApplyEmulatorProcess {
    /// Switches the emulator's faults (the `--fault` syntax) from now on, so that a scenario's
    /// account is built first and only the commands under test meet them.
    func setFaults(_ specification: String) async throws {
        let _: FaultsAnswer = try await client.post(
            "/_emulator/faults", form: StripeForm([StripeFormField("spec", .string(specification))]))
    }

    /// `POST /_emulator/faults`'s answer.
    struct FaultsAnswer: Decodable, Sendable {
        var active: Bool
    }
}

/// A scenario step that failed before the property under test could be checked.
struct ScenarioError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
